using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Routing.Routing;

namespace SlmAssistant.Routing.Tests.Routing;

public sealed class CourtesyScreenTests
{
    [Theory]
    [InlineData("thx")]
    [InlineData("ty so much")]
    [InlineData("gotcha")]
    [InlineData("cheers mate")]
    [InlineData("great answer, really clear")]
    [InlineData("ok cool thx!!")]
    [InlineData("Thank you so much for the help :)")]
    [InlineData("that works for me")]
    [InlineData("bye, take care")]
    public void TurnsOfCourtesiesOnlyMatch(string text) =>
        Assert.NotNull(CourtesyScreen.Match(text));

    [Theory]
    [InlineData("ok so how do I return a tent")]
    [InlineData("thanks, and if I lost the receipt?")]
    [InlineData("thanks for order 10023")]
    [InlineData("yes")]
    [InlineData("no thanks, I want a person")]
    [InlineData("hi, my chest hurts and my arm is numb")]
    [InlineData("great, thanks a lot, one more question about the refund window for the tents")]
    [InlineData("")]
    public void TurnsWithAnythingElseDoNotMatch(string text) =>
        Assert.Null(CourtesyScreen.Match(text));

    [Fact]
    public void ACourtesyIsSmallTalkWhateverTheExemplarsSay()
    {
        var similarities = new Dictionary<string, double> { ["return-policy"] = 0.55, ["smalltalk"] = 0.40, ["out-of-scope"] = 0.50 };
        var signals = RouteSignals.Gather("thx", null, [], []) with { Similarities = similarities, ClosestLabel = "return-policy" };

        var decision = RoutePolicy.Decide(signals, new ScopeRoutingOptions());

        Assert.Equal(Route.Smalltalk, decision.Route);
        Assert.Contains("courtesies only", decision.Reason, StringComparison.Ordinal);
    }
}

using Microsoft.Extensions.Logging;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Routing.Routing;
using SlmAssistant.Routing.Tests.Support;
using SlmAssistant.TestKit;

namespace SlmAssistant.Routing.Tests.Routing;

public class ScopeRouterTests(RepositoryRouter repository) : IClassFixture<RepositoryRouter>
{
    private ScopeRouter Router => repository.Host.Router;

    [Theory]
    [InlineData("my husband collapsed and he is not breathing")]
    [InlineData("I think I'm having a heart attack")]
    [InlineData("I took all of my sleeping pills an hour ago")]
    [InlineData("I don't want to live anymore")]
    public async Task EmergenciesGoToSafety(string text)
    {
        var decision = await Router.RouteAsync(text, []);

        Assert.Equal(Route.Safety, decision.Route);
    }

    [Fact]
    public async Task AskingForAHumanIsAHandoff()
    {
        var decision = await Router.RouteAsync("talk to a human", []);

        Assert.Equal(Route.Handoff, decision.Route);
        Assert.Equal(1, decision.Scores[RouteScoreKeys.HandoffPattern]);
    }

    [Fact]
    public async Task GreetingIsSmalltalk()
    {
        var decision = await Router.RouteAsync("hi there", []);

        Assert.Equal(Route.Smalltalk, decision.Route);
    }

    [Fact]
    public async Task ClinicQuestionIsAnsweredLocallyInItsDomain()
    {
        var decision = await Router.RouteAsync("how can I get my blood pressure prescription refilled?", []);

        Assert.Equal(Route.Local, decision.Route);
        Assert.Equal("medical", decision.Domain);
    }

    [Fact]
    public async Task GeneralKnowledgeGoesToTheCloud()
    {
        var decision = await Router.RouteAsync("what's the capital of France", []);

        Assert.Equal(Route.Cloud, decision.Route);
        Assert.Null(decision.Domain);
    }

    [Fact]
    public async Task DecisionCarriesEverySimilarityTheEvidenceAndTheThresholds()
    {
        var decision = await Router.RouteAsync("how much does a visit cost without insurance", []);

        foreach (var label in new[] { "emergency", "handoff", "smalltalk", "medical" })
        {
            Assert.InRange(decision.Scores[RouteScoreKeys.Similarity(label)], -1, 1);
        }

        Assert.Equal(0, decision.Scores[RouteScoreKeys.Evidence]);
        Assert.Equal(0.57, decision.Scores[RouteScoreKeys.DomainThreshold]);
        Assert.Contains(RouteScoreKeys.EvidenceThreshold, decision.Scores.Keys);
        Assert.Contains(RouteScoreKeys.EmergencyThreshold, decision.Scores.Keys);
        Assert.False(string.IsNullOrWhiteSpace(decision.Reason));
        Assert.InRange(decision.Confidence, 0, 1);
    }

    [Fact]
    public async Task DecisionIsLoggedWithItsRouteAndSignals()
    {
        await Router.RouteAsync("good morning!", []);

        var entry = repository.Host.Logs.Entries.Last(e => e.Category == typeof(ScopeRouter).FullName);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Equal(Route.Smalltalk, entry.State["Route"]);
        Assert.Contains("Similarity", entry.State.Keys);
        Assert.Contains("Reason", entry.State.Keys);
    }

    [Fact]
    public async Task EmptyTurnIsSmalltalk()
    {
        var decision = await Router.RouteAsync("   ", []);

        Assert.Equal(Route.Smalltalk, decision.Route);
    }

    [Fact]
    public async Task DomainsComeFromWhateverExemplarFilesExist()
    {
        using var temp = await GardenExemplarsAsync();
        using var host = new RouterHost(temp.Path);

        var decision = await host.Router.RouteAsync("when is the best time to prune my apple tree?", []);

        Assert.True(decision.Route == Route.Local, decision.Reason);
        Assert.Equal("gardening", decision.Domain);
    }

    [Fact]
    public async Task StrongRetrievalEvidenceKeepsAQuestionLocal()
    {
        using var temp = await GardenExemplarsAsync();
        // The thresholds this test was written against, so that it tests the evidence rule and not the calibration.
        using var host = new RouterHost(temp.Path, new Dictionary<string, string?> { ["Routing:DomainThreshold"] = "0.71", ["Routing:EvidenceThreshold"] = "0.60" });
        const string question = "what does the warranty on the lawnmower cover?";
        var without = await host.Router.RouteAsync(question, [Hit("garden-shop", 0.3)]);

        var with = await host.Router.RouteAsync(question, [Hit("garden-shop", 0.86)]);

        Assert.Equal(Route.Cloud, without.Route);
        Assert.Equal(Route.Local, with.Route);
        Assert.Equal("garden-shop", with.Domain);
        Assert.Equal(0.86, with.Scores[RouteScoreKeys.Evidence], 6);
        Assert.Equal(0.71, with.Scores[RouteScoreKeys.DomainThreshold]);
    }

    [Fact]
    public async Task CloserToOutOfScopeExemplarsThanToAnyDomainGoesToTheCloudEvenWithEvidence()
    {
        using var temp = await GardenExemplarsAsync();
        File.WriteAllText(temp.Combine("out-of-scope.txt"), "what is the lawnmower's top speed in a race\nwho won the lawnmower racing championship\n");
        using var host = new RouterHost(temp.Path);

        var decision = await host.Router.RouteAsync("which lawnmower won the racing championship last year?", [Hit("gardening", 0.9)]);

        Assert.Equal(Route.Cloud, decision.Route);
        Assert.True(decision.Scores[RouteScoreKeys.OutOfScopeLead] < decision.Scores[RouteScoreKeys.ThresholdPrefix + "out-of-scope-margin"]);
    }

    [Fact]
    public async Task ThresholdsComeFromConfiguration()
    {
        using var host = new RouterHost(settings: new Dictionary<string, string?> { ["Routing:DomainThresholdWithoutEvidence"] = "0.99", ["Routing:OutOfScopeMargin"] = "-1" });

        var decision = await host.Router.RouteAsync("how can I get my blood pressure prescription refilled?", []);

        Assert.Equal(Route.Cloud, decision.Route);
        Assert.Equal(0.99, decision.Scores[RouteScoreKeys.DomainThreshold]);
        Assert.Contains("no retrieval evidence", decision.Reason, StringComparison.Ordinal);
    }

    private static async Task<TempDirectory> GardenExemplarsAsync()
    {
        var temp = new TempDirectory();
        foreach (var file in Directory.GetFiles(RouterHost.RepositoryExemplars, "*.txt").Where(f => !f.EndsWith("medical.txt", StringComparison.Ordinal) && !f.EndsWith("out-of-scope.txt", StringComparison.Ordinal)))
        {
            File.Copy(file, temp.Combine(Path.GetFileName(file)));
        }

        await File.WriteAllLinesAsync(temp.Combine("gardening.txt"),
        [
            "when should I prune my fruit trees",
            "how often do I water tomato plants",
            "what fertilizer is best for roses",
            "how do I keep slugs off my lettuce",
            "when do I plant tulip bulbs",
            "how deep should I plant potatoes",
        ]);
        return temp;
    }

    private static SearchHit Hit(string domain, double cosine) =>
        new(new KnowledgeChunk("doc:0", "doc", 0, "text", "Title", "doc.md", domain, "", null, ReadOnlyMemory<float>.Empty), cosine, null, cosine);
}

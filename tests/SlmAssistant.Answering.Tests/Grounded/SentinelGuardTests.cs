using SlmAssistant.Answering.Grounded;

namespace SlmAssistant.Answering.Tests.Grounded;

public class SentinelGuardTests
{
    [Fact]
    public void HoldsBackWhatCouldStartTheSentinelUntilItIsClear()
    {
        var guard = new SentinelGuard();

        Assert.Equal("You can ", guard.Append("You can no"));
        Assert.Equal("not return it.", guard.Append("t return it."));
        Assert.Equal(string.Empty, guard.Flush());
        Assert.False(guard.Found);
    }

    [Theory]
    [InlineData("NOT_FOUND")]
    [InlineData("NOT|_|FOUND")]
    [InlineData("Sorry. n|ot_fo|und.")]
    [InlineData("`NOT_FOUND`")]
    public void FindsTheSentinelAnywhereInAnyCaseAcrossPieces(string stream)
    {
        var guard = new SentinelGuard();

        var released = string.Concat(stream.Split('|').Select(guard.Append)) + guard.Flush();

        Assert.True(guard.Found);
        Assert.DoesNotContain("_", released, StringComparison.Ordinal);
        Assert.DoesNotContain("NOT", released, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ReleasesAHeldBackEndingWhenTheModelStops()
    {
        var guard = new SentinelGuard();

        Assert.Equal("The answer is ", guard.Append("The answer is NOT"));
        Assert.Equal("NOT", guard.Flush());
    }
}

namespace SlmAssistant.Answering.Tests.Benchmarks;

/// <summary>Keeps the benchmark harness working; its timings are reported, not asserted (shared 2-core machines).</summary>
[Collection(Support.UsesAnswerModels.Name)]
public sealed class AnswerPathBenchmarkTests
{
    [Fact]
    public async Task TheHarnessMeasuresBothPathsOnTheSameWork()
    {
        var figures = await AnswerPathBenchmark.RunAsync(iterations: 2, warmup: 1).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.InRange(figures.OutputTokens, 150, 256);
        Assert.True(figures.InputTokens > 300);
        Assert.True(figures.FullFirstToken > figures.Render);
        Assert.True(figures.BareTokensPerSecond > 0 && figures.FullTokensPerSecond > 0);
    }
}

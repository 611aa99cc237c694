using SlmAssistant.Tools.Evaluation.Retrieval;

namespace SlmAssistant.Tools.Tests.Evaluation.Retrieval;

public sealed class RetrievalMetricsTests
{
    private static readonly Dictionary<string, int> Judgments = new() { ["a"] = 2, ["b"] = 1, ["c"] = 0, ["d"] = 1 };

    [Fact]
    public void NdcgUsesGradedGainsAndTheLog2Discount()
    {
        // DCG = 1/log2(2) [b] + 0 [x] + 2/log2(4) [a] = 1 + 1 = 2; IDCG = 2/1 + 1/log2(3) + 1/log2(4) = 3.1309298
        var ndcg = RetrievalMetrics.NdcgAt(["b", "x", "a"], Judgments, 10);

        Assert.Equal(2 / (2 + (1 / Math.Log2(3)) + 0.5), ndcg, 10);
    }

    [Fact]
    public void NdcgIsOneForTheIdealRankingAndZeroWithoutRelevantHits()
    {
        Assert.Equal(1.0, RetrievalMetrics.NdcgAt(["a", "b", "d"], Judgments, 10), 10);
        Assert.Equal(1.0, RetrievalMetrics.NdcgAt(["a", "d", "b"], Judgments, 10), 10);
        Assert.Equal(0.0, RetrievalMetrics.NdcgAt(["c", "x"], Judgments, 10));
    }

    [Fact]
    public void NdcgOnlyCountsTheFirstK()
    {
        // k = 1: DCG = 0 ([x]); with [a] first, 2/2 = 1.
        Assert.Equal(0.0, RetrievalMetrics.NdcgAt(["x", "a"], Judgments, 1));
        Assert.Equal(1.0, RetrievalMetrics.NdcgAt(["a", "x"], Judgments, 1));
    }

    [Fact]
    public void RecallIsTheShareOfRelevantIdsFound()
    {
        Assert.Equal(2.0 / 3, RetrievalMetrics.RecallAt(["a", "c", "d", "x"], Judgments, 10), 10);
        Assert.Equal(1.0 / 3, RetrievalMetrics.RecallAt(["a", "c", "d", "x"], Judgments, 2), 10);
        Assert.Equal(0.0, RetrievalMetrics.RecallAt(["a"], new Dictionary<string, int>(), 10));
    }

    [Fact]
    public void ReciprocalRankIsOneOverTheRankOfTheFirstRelevantId()
    {
        Assert.Equal(1.0 / 3, RetrievalMetrics.ReciprocalRankAt(["x", "c", "d"], Judgments, 10), 10);
        Assert.Equal(0.0, RetrievalMetrics.ReciprocalRankAt(["x", "c", "d"], Judgments, 2));
    }
}

namespace SlmAssistant.Tools.Evaluation.Retrieval;

/// <summary>Metrics averaged over <see cref="Queries"/> queries, and the mean search latency.</summary>
public sealed record RetrievalScores(int Queries, double NdcgAt10, double RecallAt10, double RecallAt100, double MrrAt10, TimeSpan MeanLatency)
{
    public override string ToString() =>
        $"nDCG@10 {NdcgAt10:F4}  recall@10 {RecallAt10:F4}  recall@100 {RecallAt100:F4}  MRR@10 {MrrAt10:F4}  " +
        $"({Queries} queries, {MeanLatency.TotalMilliseconds:F1} ms/query)";
}

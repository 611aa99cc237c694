using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Search;
using SlmAssistant.Retrieval.Tests.Support;

namespace SlmAssistant.Retrieval.Tests.Search;

public sealed class ReciprocalRankFusionTests
{
    private static readonly KnowledgeDocument Document = Samples.Document("doc");

    [Fact]
    public void ScoresAreWeightedReciprocalRanksSummedOverRetrievers()
    {
        var a = Hit(0, 9.0);
        var b = Hit(1, 7.0);
        var c = Hit(2, 0.8);
        var options = new HybridSearchOptions { RrfK = 10, KeywordWeight = 1.0, VectorWeight = 2.0 };

        var fused = ReciprocalRankFusion.Fuse([a, b], [c with { Score = 0.9 }, a with { Score = 0.7 }], options, 10);

        // a: 1/(10+1) + 2/(10+2); c: 2/(10+1); b: 1/(10+2)
        Assert.Equal(["doc:0", "doc:2", "doc:1"], fused.Select(h => h.Chunk.Id));
        Assert.Equal((1.0 / 11) + (2.0 / 12), fused[0].Score, 10);
        Assert.Equal(2.0 / 11, fused[1].Score, 10);
        Assert.Equal(1.0 / 12, fused[2].Score, 10);
        Assert.Equal((9.0, 0.7), (fused[0].KeywordScore!.Value, fused[0].VectorScore!.Value));
        Assert.Null(fused[1].KeywordScore);
        Assert.Null(fused[2].VectorScore);
    }

    [Fact]
    public void TopCutsTheFusedList()
    {
        var fused = ReciprocalRankFusion.Fuse([Hit(0, 3), Hit(1, 2), Hit(2, 1)], [], new HybridSearchOptions(), 2);

        Assert.Equal(["doc:0", "doc:1"], fused.Select(h => h.Chunk.Id));
    }

    [Fact]
    public void EqualScoresKeepTheOrderTheyWereFirstSeenIn()
    {
        var fused = ReciprocalRankFusion.Fuse([Hit(3, 1)], [Hit(4, 1)], new HybridSearchOptions(), 5);

        Assert.Equal(["doc:3", "doc:4"], fused.Select(h => h.Chunk.Id));
    }

    private static ScoredChunk Hit(int index, double score) => new(Samples.Chunk(Document, index, $"chunk {index}"), score);
}

using SlmAssistant.Ingestion.Chunking;

namespace SlmAssistant.Ingestion.Tests.Chunking;

public sealed class SectionPackerTests
{
    [Fact]
    public void TinyTrailingParagraphJoinsThePreviousChunkWhenItFits()
    {
        // Two chunks' worth: the packer aims at ~58 tokens each and closes before the last paragraph, which is tiny.
        var units = Units((0, 35), (0, 35), (1, 20), (1, 20), (1, 16), (2, 5));

        var chunks = new SectionPacker(budget: 100, overlapTokens: 0).Pack(units);

        Assert.Equal(2, chunks.Count);
        Assert.Equal([20, 20, 16, 5], chunks[1].Select(u => u.Cost));
    }

    [Fact]
    public void SectionALittleOverTheBudgetIsSplitIntoEvenHalves()
    {
        var units = Units(Enumerable.Repeat((0, 10), 11).ToArray());

        var chunks = new SectionPacker(budget: 100, overlapTokens: 0).Pack(units);

        Assert.Equal([50, 60], chunks.Select(c => c.Sum(u => u.Cost)));
    }

    [Fact]
    public void OverlapNeverPushesAChunkOverTheBudget()
    {
        var units = Units((0, 30), (0, 30), (0, 30), (0, 95), (0, 30));

        var chunks = new SectionPacker(budget: 100, overlapTokens: 40).Pack(units);

        Assert.All(chunks, chunk => Assert.InRange(chunk.Sum(u => u.Cost), 1, 100));
        Assert.Equal([95], chunks.Single(c => c.Any(u => u.Cost == 95)).Select(u => u.Cost));
    }

    private static List<TextUnit> Units(params (int Block, int Cost)[] units) =>
        units.Select((u, i) => new TextUnit($"s{i}", " ", u.Block, null, u.Cost)).ToList();
}

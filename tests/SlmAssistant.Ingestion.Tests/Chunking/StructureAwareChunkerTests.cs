using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Ingestion.Chunking;
using SlmAssistant.Ingestion.Tests.Support;

namespace SlmAssistant.Ingestion.Tests.Chunking;

using DocumentFormat = SlmAssistant.Abstractions.Documents.DocumentFormat;

public sealed class StructureAwareChunkerTests
{
    private static readonly string[] Refunds = ["Refunds"];
    private static readonly string[] Exchanges = ["Exchanges", "Sizes"];

    [Fact]
    public void EveryChunkFitsTheBudgetMeasuredWithTheRealTokenizer()
    {
        var document = Document(Enumerable.Range(1, 30).Select(i => Block(Paragraph(i, 5), Refunds)).ToArray());

        var chunks = Chunker(maxTokens: 128, overlapTokens: 16).Chunk(document);

        Assert.True(chunks.Count > 5, $"expected many chunks, got {chunks.Count}");
        Assert.All(chunks, chunk =>
        {
            Assert.InRange(chunk.TokenCount, 1, 128);
            Assert.Equal(Tokenizer.ArcticXs.CountTokens(chunk.EmbeddingText), chunk.TokenCount);
        });
        Assert.Equal(Enumerable.Range(0, chunks.Count), chunks.Select(c => c.Index));
    }

    [Fact]
    public void DefaultBudgetIs256TokensAndEveryChunkRespectsIt()
    {
        var document = Document(Enumerable.Range(1, 60).Select(i => Block(Paragraph(i, 4), Refunds)).ToArray());

        var chunks = new StructureAwareChunker(Tokenizer.ArcticXs, Options.Create(new ChunkingOptions())).Chunk(document);

        Assert.All(chunks, chunk => Assert.InRange(chunk.TokenCount, 1, 256));
        Assert.Contains(chunks, chunk => chunk.TokenCount > 200);
    }

    [Fact]
    public void NoSentenceIsLost()
    {
        var blocks = Enumerable.Range(1, 20).Select(i => Block(Paragraph(i, 3), Refunds)).ToArray();

        var text = string.Join('\n', Chunker(maxTokens: 96, overlapTokens: 16).Chunk(Document(blocks)).Select(c => c.Text));

        Assert.All(blocks.SelectMany(b => Sentences(b.Text)), sentence => Assert.Contains(sentence, text));
    }

    [Fact]
    public void ChunksNeverSpanAChangeOfSection()
    {
        var document = Document(
            Block("Refunds take fourteen days. They go to the original card.", Refunds),
            Block("Sizes can be exchanged within thirty days.", Exchanges),
            Block("Refunds for sale items are store credit.", Refunds));

        var chunks = Chunker(maxTokens: 256, overlapTokens: 32).Chunk(document);

        Assert.Equal(3, chunks.Count);
        Assert.Equal([Refunds, Exchanges, Refunds], chunks.Select(c => c.SectionPath.ToArray()));
        Assert.Equal("Sizes can be exchanged within thirty days.", chunks[1].Text);
        Assert.DoesNotContain("fourteen", chunks[2].Text);
    }

    [Fact]
    public void BlocksOfOneSectionShareAChunkSeparatedByLineBreaks()
    {
        var document = Document(Block("First paragraph.", Refunds), Block("Second paragraph.", Refunds));

        var chunk = Assert.Single(Chunker(maxTokens: 256, overlapTokens: 32).Chunk(document));

        Assert.Equal("First paragraph.\nSecond paragraph.", chunk.Text);
    }

    [Fact]
    public void EachChunkStartsWithTheLastWholeSentencesOfThePreviousOne()
    {
        var document = Document(Enumerable.Range(1, 12).Select(i => Block(Paragraph(i, 4), Refunds)).ToArray());

        var chunks = Chunker(maxTokens: 128, overlapTokens: 24).Chunk(document);

        Assert.True(chunks.Count >= 3);
        for (var i = 1; i < chunks.Count; i++)
        {
            var previous = Sentences(chunks[i - 1].Text);
            var current = Sentences(chunks[i].Text);
            var shared = Enumerable.Range(1, Math.Min(previous.Count, current.Count) - 1)
                .Where(k => previous.TakeLast(k).SequenceEqual(current.Take(k)))
                .DefaultIfEmpty(0)
                .Max();
            var overlapTokens = previous.TakeLast(shared).Sum(s => Tokenizer.ArcticXs.EncodeToIds(s).Count);
            Assert.InRange(overlapTokens, 1, 24);
        }
    }

    [Fact]
    public void ZeroOverlapRepeatsNothing()
    {
        var document = Document(Enumerable.Range(1, 12).Select(i => Block(Paragraph(i, 4), Refunds)).ToArray());

        var chunks = Chunker(maxTokens: 128, overlapTokens: 0).Chunk(document);

        var sentences = chunks.SelectMany(c => Sentences(c.Text)).ToList();
        Assert.Equal(sentences.Count, sentences.Distinct().Count());
    }

    [Fact]
    public void EveryChunkKeepsThePageOfItsFirstBlock()
    {
        var document = Document(
            Block(Paragraph(1, 6), Refunds, page: 1),
            Block(Paragraph(2, 6), Refunds, page: 2),
            Block(Paragraph(3, 6), Refunds, page: 3));

        var chunks = Chunker(maxTokens: 96, overlapTokens: 0).Chunk(document);

        Assert.Equal(1, chunks[0].Page);
        Assert.All(chunks, chunk => Assert.Equal(PageOf(document, chunk.Text), chunk.Page));
        Assert.Equal([1, 2, 3], chunks.Select(c => c.Page!.Value).Distinct());
    }

    [Fact]
    public void OverlongSentenceIsSplitByWords()
    {
        var words = Enumerable.Range(1, 600).Select(i => $"word{i}").ToArray();
        var document = Document(Block(string.Join(' ', words), Refunds));

        var chunks = Chunker(maxTokens: 128, overlapTokens: 0).Chunk(document);

        Assert.True(chunks.Count > 3);
        Assert.All(chunks, chunk => Assert.InRange(chunk.TokenCount, 1, 128));
        Assert.Equal(words, chunks.SelectMany(c => c.Text.Split(' ')));
    }

    [Fact]
    public void WordLongerThanTheBudgetIsCutToFit()
    {
        var document = Document(Block("Key: " + string.Concat(Enumerable.Range(0, 400).Select(i => (char)('a' + (i % 26)))) + " end.", Refunds));

        var chunks = Chunker(maxTokens: 64, overlapTokens: 0).Chunk(document);

        Assert.All(chunks, chunk => Assert.InRange(chunk.TokenCount, 1, 64));
    }

    [Fact]
    public void ChunksCarryTheTitleAndSectionPathIntoTheirEmbeddingText()
    {
        var document = Document(Block("Bring the receipt.", Exchanges));

        var chunk = Assert.Single(Chunker(maxTokens: 256, overlapTokens: 32).Chunk(document));

        Assert.Equal("Returns Policy", chunk.Title);
        Assert.Equal("Returns Policy > Exchanges > Sizes\nBring the receipt.", chunk.EmbeddingText);
    }

    [Fact]
    public void AbsurdlyLongHeadingsAreShortenedSoTextStillFits()
    {
        var heading = string.Join(' ', Enumerable.Repeat("very long heading words", 60));
        var document = new ExtractedDocument(heading, DocumentFormat.Markdown, [Block(Paragraph(1, 8), [heading, heading])]);

        var chunks = Chunker(maxTokens: 64, overlapTokens: 8).Chunk(document);

        Assert.All(chunks, chunk => Assert.InRange(chunk.TokenCount, 1, 64));
        Assert.Equal(Sentences(Paragraph(1, 8)), chunks.SelectMany(c => Sentences(c.Text)).Distinct());
    }

    [Fact]
    public void LineBreaksOfPreformattedTextSurvive()
    {
        var document = Document(Block("Zone A   1 day\nZone B   3 days", Refunds));

        Assert.Equal("Zone A   1 day\nZone B   3 days", Assert.Single(Chunker(maxTokens: 128, overlapTokens: 16).Chunk(document)).Text);
    }

    [Theory]
    [InlineData(256, 128)]
    [InlineData(1024, 32)]
    [InlineData(16, 0)]
    public void InvalidBudgetsAreRefused(int maxTokens, int overlapTokens) =>
        Assert.ThrowsAny<System.ComponentModel.DataAnnotations.ValidationException>(() => Chunker(maxTokens, overlapTokens));

    private static StructureAwareChunker Chunker(int maxTokens, int overlapTokens) =>
        new(Tokenizer.ArcticXs, Options.Create(new ChunkingOptions { MaxTokens = maxTokens, OverlapTokens = overlapTokens }));

    private static ExtractedDocument Document(params ExtractedBlock[] blocks) => new("Returns Policy", DocumentFormat.Pdf, blocks);

    private static ExtractedBlock Block(string text, string[] path, int? page = null) => new(text, path, page);

    /// <summary>Distinct, numbered sentences so tests can tell where each one went.</summary>
    private static string Paragraph(int paragraph, int sentences) => string.Join(' ', Enumerable.Range(1, sentences)
        .Select(s => $"Sentence {paragraph}-{s} says that returned items are checked by the warehouse team before any refund."));

    private static List<string> Sentences(string text) =>
        System.Text.RegularExpressions.Regex.Split(text, @"(?<=\.)[ \n]+").Where(s => s.Length > 0).ToList();

    private static int? PageOf(ExtractedDocument document, string chunkText) =>
        document.Blocks.First(block => block.Text.Contains(Sentences(chunkText)[0], StringComparison.Ordinal)).Page;
}

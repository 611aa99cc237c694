using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Ingestion.Pipeline;
using SlmAssistant.TestKit;

namespace SlmAssistant.Ingestion.Tests.Integration;

using DocumentFormat = SlmAssistant.Abstractions.Documents.DocumentFormat;

public class SampleCorpusTests(SampleCorpusFixture corpus) : IClassFixture<SampleCorpusFixture>
{
    [Fact]
    public async Task EveryDocumentOfEveryFormatIsIngestedWithCitableChunks()
    {
        Assert.Equal(0, corpus.FirstRun.Failed);
        Assert.Equal(corpus.FileCount, corpus.FirstRun.Ingested);

        var documents = await corpus.Harness.Store.ListDocumentsAsync();
        Assert.Equal(["legal", "medical", "return-policy"], documents.Select(d => d.Domain).Distinct().Order());
        Assert.Equal(
            [DocumentFormat.Markdown, DocumentFormat.Html, DocumentFormat.Pdf, DocumentFormat.Docx],
            documents.Select(d => d.Format).Distinct().Order());

        var pdf = documents.First(d => d.Source.EndsWith("lab-results.pdf", StringComparison.Ordinal));
        var chunks = await corpus.Harness.Store.GetChunksAsync(pdf.Id);
        Assert.Contains(chunks, c => c.Page == 2);
        // Only text above the first heading (the introduction, chunk 0) has no section to cite.
        Assert.All(chunks.Where(c => c.Index > 0), c => Assert.False(string.IsNullOrEmpty(c.SectionPath)));
        Assert.Equal(corpus.FirstRun.ChunksWritten, await corpus.Harness.Store.CountChunksAsync());
    }

    [Fact]
    public async Task ReingestingTheUnchangedCorpusDoesNoWork()
    {
        var second = await corpus.Harness.Pipeline.IngestAsync([RepositoryPaths.Knowledge], IngestionRequest.Default);

        Assert.Equal(corpus.FileCount, second.Unchanged);
        Assert.Equal(0, second.ChunksWritten);
    }

    [Theory]
    // The portal page also says refills take 3 business days; only the refill guide (a DOCX) has the controlled-substance rule.
    [InlineData("How many business days should I allow for a controlled substance refill?", "knowledge/medical/prescription-refills.docx", "5 business days")]
    [InlineData("What is the restocking fee on opened drones?", "knowledge/return-policy/restocking-fees.pdf", "%")]
    public async Task AnEvalQuestionIsAnsweredWithTheRightCitation(string question, string source, string fact)
    {
        var answer = await corpus.Harness.Answers.AnswerAsync(new AnswerRequest(question));

        Assert.True(answer.Found);
        // The question names the file from the repository ("knowledge/return-policy/x.pdf"), the store below its domain folder.
        Assert.Contains(answer.Citations, c => source.EndsWith("/" + c.Source, StringComparison.Ordinal));
        Assert.Contains(fact, answer.Answer, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SearchFiltersByDomain()
    {
        var hits = await corpus.Harness.Search.SearchAsync(new SearchRequest("how do I get a refund", 5, new SearchFilter("legal")));

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("legal", h.Chunk.Domain));
    }
}

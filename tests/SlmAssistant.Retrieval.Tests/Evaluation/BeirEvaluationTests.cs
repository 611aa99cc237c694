using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Search;
using SlmAssistant.Retrieval.Tests.Support;
using SlmAssistant.Tools.Evaluation.Retrieval;

namespace SlmAssistant.Retrieval.Tests.Evaluation;

public sealed class BeirEvaluationTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void DatasetLoadsCorpusJudgedQueriesAndQrels()
    {
        var dataset = BeirDataset.Load(WriteDataset(), "test");

        Assert.Equal(["d1", "d2", "3"], dataset.Corpus.Select(d => d.Id));
        Assert.Equal("Solar panels", dataset.Corpus[0].Title);
        Assert.Equal(["q1", "q2"], dataset.Queries.Select(q => q.Id));
        Assert.Equal(2, dataset.Judgments["q1"]["d1"]);
        Assert.Equal(1, dataset.Judgments["q2"]["3"]);
    }

    [Fact]
    public async Task EvaluatorScoresDocumentsByTheirBestChunk()
    {
        var dataset = BeirDataset.Load(WriteDataset(), "test");
        foreach (var beir in dataset.Corpus)
        {
            var document = Samples.Document(beir.Id, title: beir.Title);
            // Two chunks per document: the evaluator must count each document once.
            await _temp.Store.ReplaceDocumentAsync(document, [Samples.Chunk(document, 0, beir.Text), Samples.Chunk(document, 1, beir.Text + " again")]);
        }

        var search = new HybridKnowledgeSearch(_temp.Store, Options.Create(new HybridSearchOptions()));
        var evaluator = new RetrievalEvaluator(search, chunk => chunk.DocumentId);

        var ranked = await evaluator.RankAsync("solar panels on roofs", 10);
        var scores = await evaluator.EvaluateAsync(dataset.Queries, dataset.Judgments);

        Assert.Equal(ranked.Distinct().Count(), ranked.Count);
        Assert.Equal("d1", ranked[0]);
        Assert.Equal(2, scores.Queries);
        Assert.Equal(1.0, scores.NdcgAt10, 10);
        Assert.Equal(1.0, scores.RecallAt100, 10);
        Assert.Equal(1.0, scores.MrrAt10, 10);
    }

    private string WriteDataset()
    {
        var directory = Path.Combine(_temp.Directory, "beir");
        Directory.CreateDirectory(Path.Combine(directory, "qrels"));
        File.WriteAllLines(Path.Combine(directory, BeirDataset.CorpusFile),
        [
            """{"_id": "d1", "title": "Solar panels", "text": "Solar panels on roofs convert sunlight into electricity."}""",
            """{"_id": "d2", "title": "Wind", "text": "Wind turbines turn moving air into power.", "metadata": {}}""",
            """{"_id": 3, "title": "Tides", "text": "Tidal plants harvest the energy of ocean tides."}""",
        ]);
        File.WriteAllLines(Path.Combine(directory, BeirDataset.QueriesFile),
        [
            """{"_id": "q1", "text": "How do solar panels make electricity?", "metadata": {"x": [1]}}""",
            """{"_id": "q2", "text": "energy from ocean tides"}""",
            """{"_id": "q3", "text": "not judged in this split"}""",
        ]);
        File.WriteAllLines(Path.Combine(directory, "qrels", "test.tsv"), ["query-id\tcorpus-id\tscore", "q1\td1\t2", "q2\t3\t1"]);
        return directory;
    }
}

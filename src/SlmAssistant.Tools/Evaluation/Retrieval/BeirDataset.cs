using System.Globalization;
using System.Text.Json;

namespace SlmAssistant.Tools.Evaluation.Retrieval;

/// <summary>
/// A BEIR retrieval data set: corpus.jsonl (<c>_id</c>, <c>title</c>, <c>text</c>), queries.jsonl (<c>_id</c>, <c>text</c>) and
/// qrels/&lt;split&gt;.tsv (header <c>query-id corpus-id score</c>). <see cref="Queries"/> holds only the queries judged in the split.
/// </summary>
public sealed class BeirDataset
{
    public const string CorpusFile = "corpus.jsonl";
    public const string QueriesFile = "queries.jsonl";

    private BeirDataset(
        IReadOnlyList<BeirDocument> corpus,
        IReadOnlyList<BeirQuery> queries,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> judgments)
    {
        Corpus = corpus;
        Queries = queries;
        Judgments = judgments;
    }

    public IReadOnlyList<BeirDocument> Corpus { get; }

    public IReadOnlyList<BeirQuery> Queries { get; }

    /// <summary>query id → corpus id → graded relevance.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Judgments { get; }

    public static BeirDataset Load(string directory, string split)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentException.ThrowIfNullOrEmpty(split);
        var judgments = ReadQrels(Path.Combine(directory, "qrels", $"{split}.tsv"));
        var queries = ReadQueries(Path.Combine(directory, QueriesFile)).Where(q => judgments.ContainsKey(q.Id)).ToArray();
        return new BeirDataset(ReadCorpus(Path.Combine(directory, CorpusFile)).ToArray(), queries, judgments);
    }

    public static IEnumerable<BeirDocument> ReadCorpus(string path) =>
        ReadJsonLines(path).Select(e => new BeirDocument(IdOf(e), StringOf(e, "title"), StringOf(e, "text")));

    public static IEnumerable<BeirQuery> ReadQueries(string path) =>
        ReadJsonLines(path).Select(e => new BeirQuery(IdOf(e), StringOf(e, "text")));

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ReadQrels(string path)
    {
        var judgments = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length < 3)
            {
                continue;
            }

            if (!judgments.TryGetValue(fields[0], out var relevant))
            {
                judgments[fields[0]] = relevant = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            relevant[fields[1]] = int.Parse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture);
        }

        return judgments.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, int>)p.Value, StringComparer.Ordinal);
    }

    private static IEnumerable<JsonElement> ReadJsonLines(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            yield return json.RootElement.Clone();
        }
    }

    // Some BEIR sets write numeric ids as numbers; the qrels always hold them as text.
    private static string IdOf(JsonElement element) => element.GetProperty("_id") switch
    {
        { ValueKind: JsonValueKind.String } id => id.GetString()!,
        var id => id.GetRawText(),
    };

    private static string StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}

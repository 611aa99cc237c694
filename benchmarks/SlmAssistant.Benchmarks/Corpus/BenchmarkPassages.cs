using SlmAssistant.Tools.Evaluation.Retrieval;

namespace SlmAssistant.Benchmarks.Corpus;

/// <summary>Passages of about 200 tokens: SciFact abstracts cut into windows when the data is there, else synthetic text.</summary>
public static class BenchmarkPassages
{
    /// <summary>About 200 word-piece tokens of biomedical prose.</summary>
    public const int WordsPerPassage = 140;

    public static IReadOnlyList<string> Load(string? sciFactDirectory, int count)
    {
        if (sciFactDirectory is not null && File.Exists(Path.Combine(sciFactDirectory, BeirDataset.CorpusFile)))
        {
            return BeirDataset.ReadCorpus(Path.Combine(sciFactDirectory, BeirDataset.CorpusFile))
                .SelectMany(doc => PassageSplitter.Split(doc.Text, WordsPerPassage))
                .Take(count)
                .ToArray();
        }

        var text = new SyntheticText(seed: 7);
        return Enumerable.Range(0, count).Select(_ => text.Passage(WordsPerPassage)).ToArray();
    }
}

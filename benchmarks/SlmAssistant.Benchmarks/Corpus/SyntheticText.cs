using SlmAssistant.Embeddings.Model;

namespace SlmAssistant.Benchmarks.Corpus;

/// <summary>
/// Deterministic English-looking text: words drawn from the model's vocabulary with a Zipf distribution (the vocabulary
/// is roughly in frequency order), so the keyword index sees realistic term frequencies and posting-list lengths.
/// </summary>
public sealed class SyntheticText
{
    private static readonly Lazy<string[]> Words = new(LoadWords);
    private readonly Random _random;
    private readonly double[] _cumulative;

    public SyntheticText(int seed)
    {
        _random = new Random(seed);
        var words = Words.Value;
        _cumulative = new double[words.Length];
        var total = 0.0;
        for (var rank = 0; rank < words.Length; rank++)
        {
            total += 1.0 / Math.Pow(rank + 2.7, 1.07);
            _cumulative[rank] = total;
        }
    }

    public string Word()
    {
        var target = _random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return Words.Value[index < 0 ? Math.Min(~index, _cumulative.Length - 1) : index];
    }

    public string Sentence(int minWords = 6, int maxWords = 24)
    {
        var words = Enumerable.Range(0, _random.Next(minWords, maxWords + 1)).Select(_ => Word()).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }

    public string Passage(int words)
    {
        var parts = new List<string>();
        var total = 0;
        while (total < words)
        {
            var sentence = Sentence();
            parts.Add(sentence);
            total += sentence.Count(c => c == ' ') + 1;
        }

        return string.Join(' ', parts);
    }

    public string Title() => Sentence(3, 8).TrimEnd('.');

    public int Next(int maxValue) => _random.Next(maxValue);

    public float NextGaussian()
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return (float)(Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    private static string[] LoadWords()
    {
        using var reader = new StreamReader(ArcticXsModel.OpenVocabulary());
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length >= 2 && line.All(char.IsAsciiLetterLower))
            {
                words.Add(line);
            }
        }

        return [.. words];
    }
}

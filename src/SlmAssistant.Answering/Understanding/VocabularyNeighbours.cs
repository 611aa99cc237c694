using System.Collections.Concurrent;
using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Answering.Understanding;

/// <summary>
/// The word of a domain's documents closest in meaning to a word they never use ("yearly" → "annual", "jacket" →
/// "outerwear"), by the embedding model's vectors of single words. The domain's word vectors are computed once per
/// version of the store, on first need, and kept; a word a question brings is embedded once and compared with all.
/// </summary>
public sealed class VocabularyNeighbours(IKnowledgeVocabulary vocabulary, IEmbeddingGenerator<string, Embedding<float>> embeddings)
{
    private const int MinLength = 3;
    private const int MaxCachedWords = 4096;
    private readonly ConcurrentDictionary<string, Task<DomainWords>> _domains = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ReadOnlyMemory<float>> _questionWords = new(StringComparer.Ordinal);

    /// <returns>The closest known word and its cosine similarity; ("", 0) when the domain has no words.</returns>
    public async Task<(string Word, double Similarity)> ClosestAsync(string word, string? domain, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(word);
        var words = await WordsAsync(domain, cancellationToken);
        if (words.Words.Length == 0)
        {
            return (string.Empty, 0);
        }

        var vector = (await VectorsAsync([word], cancellationToken))[0].Span;
        var (best, similarity) = (0, double.MinValue);
        for (var i = 0; i < words.Words.Length; i++)
        {
            var cosine = TensorPrimitives.CosineSimilarity(vector, words.Vectors.AsSpan(i * words.Width, words.Width));
            if (cosine > similarity)
            {
                (best, similarity) = (i, cosine);
            }
        }

        return (words.Words[best], similarity);
    }

    /// <summary>
    /// For each of <paramref name="words"/>, its best similarity to any of <paramref name="candidates"/> (words of the
    /// domain's documents; unknown candidates are skipped): how well a sentence's words stand for a question's.
    /// </summary>
    public async Task<double[]> BestMatchesAsync(
        IReadOnlyList<string> words, IReadOnlyCollection<string> candidates, string? domain, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(candidates);
        var known = await WordsAsync(domain, cancellationToken);
        var rows = candidates.Select(c => Array.BinarySearch(known.Words, c, StringComparer.Ordinal)).Where(i => i >= 0).Distinct().ToList();
        var best = new double[words.Count];
        if (rows.Count == 0 || words.Count == 0)
        {
            return best;
        }

        var vectors = await VectorsAsync(words, cancellationToken);
        for (var w = 0; w < words.Count; w++)
        {
            var vector = vectors[w];
            best[w] = rows.Max(i => (double)TensorPrimitives.CosineSimilarity(vector.Span, known.Vectors.AsSpan(i * known.Width, known.Width)));
        }

        return best;
    }

    // Questions repeat their words ("return", "fee"): each is embedded once.
    private async Task<ReadOnlyMemory<float>[]> VectorsAsync(IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, ReadOnlyMemory<float>>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (_questionWords.TryGetValue(word, out var cached))
            {
                found[word] = cached;
            }
        }

        var missing = words.Where(w => !found.ContainsKey(w)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var vectors = await embeddings.GenerateAsync(missing, cancellationToken: cancellationToken);
            if (_questionWords.Count > MaxCachedWords)
            {
                _questionWords.Clear();
            }

            for (var i = 0; i < missing.Count; i++)
            {
                found[missing[i]] = _questionWords[missing[i]] = vectors[i].Vector;
            }
        }

        return [.. words.Select(w => found[w])];
    }

    private async Task<DomainWords> WordsAsync(string? domain, CancellationToken cancellationToken)
    {
        var snapshot = await vocabulary.WordsAsync(domain, cancellationToken);
        var key = domain ?? string.Empty;
        while (true)
        {
            var loading = _domains.GetOrAdd(key, _ => LoadAsync(snapshot));
            var words = await loading.WaitAsync(cancellationToken);
            if (words.Generation >= snapshot.Generation)
            {
                return words;
            }

            _domains.TryUpdate(key, LoadAsync(snapshot), loading);
        }
    }

    private async Task<DomainWords> LoadAsync(VocabularySnapshot snapshot)
    {
        var words = snapshot.Words.Where(w => w.Length >= MinLength && w.All(char.IsLetter) && QueryTermsFilter(w)).Order(StringComparer.Ordinal).ToArray();
        if (words.Length == 0)
        {
            return new DomainWords(snapshot.Generation, [], [], 0);
        }

        var vectors = await embeddings.GenerateAsync(words, cancellationToken: CancellationToken.None);
        var width = vectors[0].Vector.Length;
        var matrix = new float[words.Length * width];
        for (var i = 0; i < words.Length; i++)
        {
            vectors[i].Vector.Span.CopyTo(matrix.AsSpan(i * width, width));
        }

        return new DomainWords(snapshot.Generation, words, matrix, width);
    }

    // Stopwords carry no meaning of their own to match.
    private static bool QueryTermsFilter(string word) => Extractive.QueryTerms.Of(word).Count == 1;

    private sealed record DomainWords(long Generation, string[] Words, float[] Vectors, int Width);
}

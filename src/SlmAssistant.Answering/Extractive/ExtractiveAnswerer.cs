using System.Numerics.Tensors;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Answering.Extractive;

/// <summary>
/// Answers without a language model: picks the sentences of the best chunks that are closest to the question
/// (embedding similarity plus word overlap), keeps them in document order and cites each one.
/// </summary>
public sealed class ExtractiveAnswerer(
    IEmbeddingGenerator<string, Embedding<float>> embeddings,
    IOptions<AnsweringOptions> options)
{
    private const int ChunksConsidered = 3;
    private const double OverlapWeight = 0.35;

    // A second or third sentence must score close to the best one to be worth quoting.
    private const double KeepWithinBest = 0.12;

    public async Task<ExtractiveAnswer> ComposeAsync(string question, IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken = default)
    {
        var candidates = Candidates(hits);
        if (candidates.Count == 0)
        {
            return new ExtractiveAnswer(string.Empty, [], []);
        }

        var queryTerms = QueryTerms.Of(question);
        var queryVector = (await embeddings.GenerateAsync([question], EmbeddingPurpose.ForQuery(), cancellationToken))[0].Vector;
        var sentenceVectors = await embeddings.GenerateAsync(candidates.Select(c => c.Text), cancellationToken: cancellationToken);
        for (var i = 0; i < candidates.Count; i++)
        {
            var similarity = TensorPrimitives.CosineSimilarity(queryVector.Span, sentenceVectors[i].Vector.Span);
            candidates[i] = candidates[i] with { Score = similarity + (OverlapWeight * QueryTerms.Overlap(queryTerms, QueryTerms.Of(candidates[i].Text))) };
        }

        var best = candidates.Max(c => c.Score);
        var chosen = candidates
            .Where(c => c.Score >= best - KeepWithinBest)
            .OrderByDescending(c => c.Score)
            .Take(options.Value.MaxSentences)
            .OrderBy(c => c.HitRank).ThenBy(c => c.Position)
            .ToList();
        return Compose(chosen);
    }

    private static List<Candidate> Candidates(IReadOnlyList<SearchHit> hits)
    {
        var candidates = new List<Candidate>();
        for (var rank = 0; rank < Math.Min(ChunksConsidered, hits.Count); rank++)
        {
            var sentences = SentenceSplitter.Split(hits[rank].Chunk.Text);
            for (var position = 0; position < sentences.Count; position++)
            {
                // Fragments (a lone heading, "Yes.") say nothing on their own.
                if (sentences[position].Length >= 20)
                {
                    candidates.Add(new Candidate(hits[rank], rank, position, sentences[position], 0));
                }
            }
        }

        return candidates;
    }

    private static ExtractiveAnswer Compose(List<Candidate> chosen)
    {
        var citations = new List<Citation>();
        var usedHits = new List<SearchHit>();
        var text = new StringBuilder();
        foreach (var candidate in chosen)
        {
            var number = usedHits.IndexOf(candidate.Hit) + 1;
            if (number == 0)
            {
                usedHits.Add(candidate.Hit);
                citations.Add(candidate.Hit.Citation);
                number = usedHits.Count;
            }

            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(WithMarker(candidate.Text, number));
        }

        return new ExtractiveAnswer(text.ToString(), citations, usedHits);
    }

    // "Returns take 30 days." + [1] -> "Returns take 30 days [1]."
    private static string WithMarker(string sentence, int number)
    {
        var trimmed = sentence.TrimEnd();
        var last = trimmed[^1];
        return last is '.' or '!' or '?'
            ? $"{trimmed[..^1]} [{number}]{last}"
            : $"{trimmed} [{number}]";
    }

    private sealed record Candidate(SearchHit Hit, int HitRank, int Position, string Text, double Score);
}

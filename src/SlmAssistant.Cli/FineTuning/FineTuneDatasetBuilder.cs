using System.Numerics.Tensors;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using SlmAssistant.Abstractions.Domains;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Abstractions.Routing;
using SlmAssistant.Bot.Conversations;
using SlmAssistant.Bot.Turns;
using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Cli.FineTuning;

/// <summary>
/// Builds a domain's fine-tuning examples from what the product already holds: questions the offline writer asks of
/// every chunk, escalated turns (the cloud model's answer as the target), answers customers liked, and abstentions
/// (<c>NOT_FOUND</c>), each rendered with the grounded prompt over the sources retrieval finds for it. Customer text
/// goes through the redactor (again: it is stored redacted), near-duplicate questions are dropped, and the examples are
/// split by document, so validation measures what a model learnt, not what it memorised.
/// </summary>
public sealed partial class FineTuneDatasetBuilder(
    IKnowledgeStore store,
    IKnowledgeSearch search,
    IConversationStore conversations,
    IPiiRedactor redactor,
    IEmbeddingGenerator<string, Embedding<float>> embeddings,
    IDomainCatalog domains)
{
    private const string NotFound = "NOT_FOUND";

    public async Task<FineTuneDataset> BuildAsync(FineTuneDatasetOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var documents = await store.ListDocumentsAsync(new SearchFilter(options.Domain), cancellationToken);
        if (documents.Count == 0)
        {
            throw new InvalidOperationException($"The knowledge store has no document in domain '{options.Domain}'.");
        }

        var organization = domains.Resolve(options.Domain).Organization;
        var prompt = GroundedMessages.Load(options.PluginsDirectory);
        var stats = new FineTuneStatistics();
        var examples = new List<FineTuneExample>();
        examples.AddRange(await FromConversationsAsync(options, organization, prompt, stats, cancellationToken));
        examples.AddRange(await SyntheticAsync(options, documents, organization, prompt, stats, cancellationToken));

        var kept = await WithoutNearDuplicatesAsync(examples, options.DuplicateSimilarity, cancellationToken);
        stats.DuplicatesRemoved = examples.Count - kept.Count;
        var validation = ValidationDocuments(documents.Select(d => d.Source).ToList(), options.ValidationShare);
        return new FineTuneDataset(
            [.. kept.Where(e => !validation.Contains(e.Document))],
            [.. kept.Where(e => validation.Contains(e.Document))],
            validation,
            stats);
    }

    /// <summary>The documents whose examples are held out: a stable choice by a hash of each name, never by chance.</summary>
    public static IReadOnlySet<string> ValidationDocuments(IReadOnlyList<string> documents, double share)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var count = documents.Count < 2 ? 0 : Math.Clamp((int)Math.Ceiling(documents.Count * share), 1, documents.Count - 1);
        return documents
            .OrderBy(d => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(d))), StringComparer.Ordinal)
            .Take(count)
            .ToHashSet(StringComparer.Ordinal);
    }

    private async Task<List<FineTuneExample>> SyntheticAsync(
        FineTuneDatasetOptions options, IReadOnlyList<KnowledgeDocument> documents, string organization, GroundedMessages prompt,
        FineTuneStatistics stats, CancellationToken cancellationToken)
    {
        var chunks = new List<KnowledgeChunk>();
        foreach (var document in documents)
        {
            chunks.AddRange(await store.GetChunksAsync(document.Id, cancellationToken));
        }

        var sentences = await store.GetSentencesAsync(chunks.Select(c => c.Id).ToList(), cancellationToken);
        var writer = new SyntheticQuestions(sentences.Values.SelectMany(s => s).Select(s => s.Text));
        var examples = new List<FineTuneExample>();
        foreach (var chunk in chunks)
        {
            var questions = writer.For(chunk, sentences.GetValueOrDefault(chunk.Id) ?? [], options.MinQuestionsPerChunk, options.MaxQuestionsPerChunk);
            stats.ChunksWithFewerQuestions += questions.Count < options.MinQuestionsPerChunk ? 1 : 0;
            foreach (var question in questions)
            {
                var hits = (await search.SearchAsync(new SearchRequest(question.Question, options.Sources, new SearchFilter(options.Domain)), cancellationToken)).ToList();
                stats.SyntheticQuestions++;
                stats.SyntheticRankedFirst += hits.Count > 0 && hits[0].Chunk.Id == chunk.Id ? 1 : 0;
                var gold = hits.FindIndex(h => h.Chunk.Id == chunk.Id);
                if (gold < 0)
                {
                    // The answer's own chunk always stands among the sources, in the last place retrieval would give it.
                    gold = Math.Min(hits.Count, options.Sources - 1);
                    hits = [.. hits.Take(gold), new SearchHit(chunk, 0, null, null)];
                }

                var messages = await prompt.RenderAsync(organization, hits, question.Question, cancellationToken);
                examples.Add(new FineTuneExample([.. messages, new TrainingMessage("assistant", $"{question.Answer} [{gold + 1}]")], chunk.Source, FineTuneExample.Synthetic)
                {
                    Question = question.Question,
                });
            }
        }

        return examples;
    }

    private async Task<List<FineTuneExample>> FromConversationsAsync(
        FineTuneDatasetOptions options, string organization, GroundedMessages prompt, FineTuneStatistics stats, CancellationToken cancellationToken)
    {
        var examples = new List<FineTuneExample>();
        foreach (var (answer, reaction) in await conversations.ListAnswersAsync(cancellationToken: cancellationToken))
        {
            var origin = OriginOf(answer, reaction);
            if (origin is null || (answer.Domain is not null && answer.Domain != options.Domain))
            {
                continue;
            }

            var question = Redact(answer.Question, stats);
            var hits = await search.SearchAsync(new SearchRequest(question, options.Sources, new SearchFilter(options.Domain)), cancellationToken);
            if (hits.Count == 0 || (answer.Domain is null && !await RetrievedInDomainAsync(question, options.Domain, cancellationToken)))
            {
                continue;
            }

            var target = origin switch
            {
                FineTuneExample.Unanswerable => NotFound,
                FineTuneExample.Liked => Renumber(Redact(answer.Answer, stats), answer.Citations, hits),
                _ => Redact(answer.Answer, stats),
            };
            if (target is null)
            {
                stats.LikedWithoutSources++;
                continue;
            }

            var messages = await prompt.RenderAsync(organization, hits, question, cancellationToken);
            examples.Add(new FineTuneExample([.. messages, new TrainingMessage("assistant", target)], hits[0].Chunk.Source, origin) { Question = question });
        }

        return examples;
    }

    // An escalated turn, a liked local answer, or a local abstention; a disliked answer teaches nothing.
    private static string? OriginOf(AnswerRecord answer, string? reaction) =>
        reaction == Feedback.Dislike ? null
        : answer.Route == Route.Cloud.ToWire() && answer.Found ? FineTuneExample.Escalation
        : answer.Route == Route.Local.ToWire() && !answer.Found ? FineTuneExample.Unanswerable
        : answer.Route == Route.Local.ToWire() && reaction == Feedback.Like ? FineTuneExample.Liked
        : null;

    // A turn with no domain (escalations) belongs to the domain when an unfiltered search's best passage is of it.
    private async Task<bool> RetrievedInDomainAsync(string question, string domain, CancellationToken cancellationToken)
    {
        var hits = await search.SearchAsync(new SearchRequest(question, 1, SearchFilter.None), cancellationToken);
        return hits.Count > 0 && hits[0].Chunk.Domain == domain;
    }

    private string Redact(string text, FineTuneStatistics stats)
    {
        var result = redactor.Redact(text);
        stats.RedactedEntities += result.Entities.Count;
        return result.Text;
    }

    /// <summary>The answer's [n] markers renumbered to the sources it is now shown with; null when a cited document is not among them.</summary>
    private static string? Renumber(string answer, IReadOnlyList<Citation> citations, IReadOnlyList<SearchHit> hits)
    {
        var missing = false;
        var text = Marker().Replace(answer, match =>
        {
            var cited = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1;
            var at = cited >= 0 && cited < citations.Count ? IndexOf(hits, citations[cited]) : -1;
            missing |= at < 0;
            return at < 0 ? match.Value : $"[{at + 1}]";
        });
        return missing ? null : text;
    }

    private static int IndexOf(IReadOnlyList<SearchHit> hits, Citation citation)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].Chunk.DocumentId == citation.DocumentId && (citation.Section is null || hits[i].Citation.Section == citation.Section))
            {
                return i;
            }
        }

        return -1;
    }

    // Kept in order (conversation examples first): a question close to one already kept adds nothing.
    private async Task<List<FineTuneExample>> WithoutNearDuplicatesAsync(List<FineTuneExample> examples, double threshold, CancellationToken cancellationToken)
    {
        if (examples.Count == 0)
        {
            return examples;
        }

        var vectors = await embeddings.GenerateAsync(examples.Select(e => e.Question), EmbeddingPurpose.ForQuery(), cancellationToken);
        var kept = new List<int>();
        for (var i = 0; i < examples.Count; i++)
        {
            var vector = vectors[i].Vector;
            if (!kept.Any(k => TensorPrimitives.CosineSimilarity(vector.Span, vectors[k].Vector.Span) >= threshold))
            {
                kept.Add(i);
            }
        }

        return [.. kept.Select(i => examples[i])];
    }

    [GeneratedRegex(@"\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}

using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Domains;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Answering.Citations;
using SlmAssistant.Answering.Composition;
using SlmAssistant.Answering.Conversation;
using SlmAssistant.Answering.Extractive;
using SlmAssistant.Answering.FollowUps;
using SlmAssistant.Answering.Tracing;

namespace SlmAssistant.Answering;

/// <summary>
/// Answers a question from the knowledge: retrieve (with the question it continues, for a follow-up), judge the
/// evidence, let the composer write a cited answer (the local model when one is configured, else extracted
/// sentences), add the domain's disclaimer and suggest follow-ups. Weak evidence, or a composer that finds no
/// answer, gives "I don't know" with the domain's handoff path instead of a guess.
/// </summary>
public sealed class AnswerService(
    IKnowledgeSearch search,
    IAnswerComposer composer,
    IFollowUpSuggester followUps,
    IDomainCatalog domains,
    IOptions<AnsweringOptions> options,
    ILogger<AnswerService> logger) : IAnswerService, ILocalAnswerer
{
    public const string NotFoundText = AnswerTexts.NotFound;

    public async Task<AnswerResult> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        await foreach (var update in StreamAnswerAsync(request, cancellationToken))
        {
            if (update.Final is { } final)
            {
                return final;
            }
        }

        throw new InvalidOperationException("The answer stream ended without a final result.");
    }

    /// <remarks>
    /// The deltas concatenate to the final answer, except when the model gives up after it has begun (it wrote text,
    /// then the NOT_FOUND sentinel): the final result, "I don't know" and the handoff, then replaces what was shown.
    /// </remarks>
    public async IAsyncEnumerable<AnswerUpdate> StreamAnswerAsync(
        AnswerRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var hits = await SearchAsync(request, cancellationToken);
        await foreach (var update in StreamAnswerAsync(request, hits, cancellationToken))
        {
            yield return update;
        }
    }

    /// <summary>The passages this service answers from: the follow-up-aware query (<see cref="RetrievalQuery"/>), top-k, domain filter.</summary>
    public string QueryFor(AnswerRequest request) => RetrievalQuery.For(request);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Question);
        var filter = request.Domain is null ? null : new SearchFilter(request.Domain);
        return search.SearchAsync(new SearchRequest(RetrievalQuery.For(request), options.Value.Top, filter), cancellationToken);
    }

    /// <summary>Answers from passages already retrieved with <see cref="SearchAsync"/> (the router looked at them first).</summary>
    public async IAsyncEnumerable<AnswerUpdate> StreamAnswerAsync(
        AnswerRequest request,
        IReadOnlyList<SearchHit> hits,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(hits);
        using var span = AnsweringTelemetry.Source.StartActivity(AnsweringTelemetry.ComposeSpan);
        var context = Assess(request, hits);
        AnsweringTelemetry.Assessed(span, context, composer.Mode.ToWire());

        var draft = AnswerDraft.NotFound;
        var streamed = false;
        if (context.Evidence.IsSufficient)
        {
            await foreach (var update in composer.ComposeAsync(context, cancellationToken))
            {
                if (!string.IsNullOrEmpty(update.TextDelta))
                {
                    streamed = true;
                    yield return new AnswerUpdate(update.TextDelta);
                    AnsweringTelemetry.Resume(span);
                }

                draft = update.Draft ?? draft;
            }
        }

        AnsweringTelemetry.Composed(span, draft);
        var answer = draft.Found ? WithDisclaimer(draft.Text, context.Profile) : $"{NotFoundText} {context.Profile.HandoffText}";
        var rest = draft.Found ? answer[draft.Text.Length..] : streamed ? string.Empty : answer;
        if (rest.Length > 0)
        {
            yield return new AnswerUpdate(rest);
            AnsweringTelemetry.Resume(span);
        }

        var suggestions = await followUps.SuggestAsync(context, draft, cancellationToken);
        span?.Stop();
        yield return new AnswerUpdate(null, new AnswerResult(
            answer,
            Route.Local,
            context.Domain,
            context.Evidence.Confidence,
            draft.Found ? CitationQuotes.Attach(draft.Text, draft.Citations, context.Hits) : [],
            composer.Mode,
            draft.Found,
            Add(draft.Usage, suggestions.Usage))
        {
            FollowUpQuestions = suggestions.Questions,
            Handoff = draft.Found ? null : HandoffOffer.For(context.Profile),
            Scores = new Dictionary<string, double> { ["evidence"] = context.Evidence.BestSimilarity },
        });
    }

    private AnswerContext Assess(AnswerRequest request, IReadOnlyList<SearchHit> hits)
    {
        var query = RetrievalQuery.For(request);
        var evidence = EvidenceAssessment.Assess(hits, options.Value);
        var domain = request.Domain ?? (hits.Count > 0 ? hits[0].Chunk.Domain : null);
        logger.LogInformation(
            "Question retrieved {HitCount} hits ({Mode}), best similarity {Similarity:F3}, sufficient {Sufficient}, follow-up query {Rewritten}",
            hits.Count,
            composer.Mode,
            evidence.BestSimilarity,
            evidence.IsSufficient,
            !string.Equals(query, request.Question.Trim(), StringComparison.Ordinal));
        if (AnswerTrace.Current is { } trace)
        {
            trace.RetrievalQuery = query;
            trace.Mode = composer.Mode.ToWire();
        }

        return new AnswerContext(request, query, hits, evidence, domain, domains.Resolve(domain));
    }

    private static string WithDisclaimer(string text, DomainProfile profile) =>
        profile.Disclaimer is null ? text : $"{text}\n\n{profile.Disclaimer}";

    private static TokenUsage? Add(TokenUsage? first, TokenUsage? second) =>
        first is null ? second
        : second is null ? first
        : new TokenUsage(first.InputTokens + second.InputTokens, first.OutputTokens + second.OutputTokens);
}

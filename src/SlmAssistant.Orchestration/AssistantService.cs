using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Domains;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Abstractions.Ledger;
using SlmAssistant.Abstractions.Routing;

namespace SlmAssistant.Orchestration;

/// <summary>
/// The assistant as users meet it: routes each turn (on the follow-up-aware query, with the passages retrieved for
/// it as evidence), then answers it the way its route requires. In-scope turns are
/// answered from the knowledge on this machine; only out-of-scope turns go to the cloud (redacted, with a polite local
/// reply when the cloud is off or fails); emergencies get a fixed safety message and never reach any model. Every turn
/// is recorded in the cost ledger.
/// </summary>
public sealed partial class AssistantService(
    ILocalAnswerer knowledge,
    IAnswerRouter router,
    ICloudEscalation escalator,
    IAnswerLedger ledger,
    IDomainCatalog domains,
    IPiiRedactor redactor,
    IQuestionSpelling spelling,
    TimeProvider time,
    ILogger<AssistantService> logger) : IAnswerService
{
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

    // A follow-up is short: a longer turn that leaves the knowledge says so on its own.
    private const int FollowUpMaxWords = 8;

    public async IAsyncEnumerable<AnswerUpdate> StreamAnswerAsync(
        AnswerRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Question);
        var started = time.GetTimestamp();
        using var span = OrchestrationTelemetry.StartAnswer();

        // Personal data says nothing about what is asked ("My SSN is …, can you write me a poem?" is about a poem):
        // the turn is searched and routed without it, so it is neither embedded nor matched against a privacy policy.
        var screened = WithoutPersonalData(request);

        // One retrieval serves both: the router weighs it as evidence, the local answer is composed from it.
        var hits = await knowledge.SearchAsync(screened, cancellationToken);
        var decision = await router.RouteAsync(knowledge.QueryFor(screened), hits, cancellationToken);
        (screened, hits, decision) = await WithSpellingCorrectedAsync(screened, hits, decision, cancellationToken);
        (screened, hits, decision) = await AsFollowUpAsync(screened, hits, decision, cancellationToken);
        logger.LogInformation("Routed to {Route} ({Domain}): {Reason}", decision.Route, decision.Domain, decision.Reason);
        AnswerResult? final = null;
        if (decision.Route == Route.Local)
        {
            await foreach (var update in knowledge.StreamAnswerAsync(screened, hits, cancellationToken))
            {
                if (update.Final is { } answer)
                {
                    final = answer with { Scores = decision.Scores };
                }
                else
                {
                    yield return update;
                    OrchestrationTelemetry.Resume(span);
                }
            }
        }
        else
        {
            final = decision.Route switch
            {
                Route.Cloud => await EscalateAsync(request, decision, cancellationToken),
                Route.Safety => Fixed(AssistantTexts.Safety, decision, found: true),
                Route.Handoff => Fixed(WithContact(AssistantTexts.Handoff, request, decision), decision, found: true),
                Route.Smalltalk => Fixed(SmallTalk(request.Question), decision, found: true),
                _ => throw new InvalidOperationException($"The router chose the unknown route '{decision.Route}'."),
            };
            yield return new AnswerUpdate(final.Answer);
            OrchestrationTelemetry.Resume(span);
        }

        final ??= Fixed(AnswerTexts.NotFound, decision, found: false);
        var latency = time.GetElapsedTime(started);
        OrchestrationTelemetry.Answered(span, final, latency, redacted: !ReferenceEquals(screened, request));
        await RecordAsync(request, final, latency, cancellationToken);
        span?.Stop();
        yield return new AnswerUpdate(null, final);
    }

    /// <summary>
    /// A turn with typing slips ("whats the return windo on a skillet") is searched and routed again as corrected
    /// against the knowledge's words. A turn already sent to safety or to a person stays there: a correction may add
    /// a reason to help, never take one away.
    /// </summary>
    private async Task<(AnswerRequest Request, IReadOnlyList<SearchHit> Hits, RouteDecision Decision)> WithSpellingCorrectedAsync(
        AnswerRequest request, IReadOnlyList<SearchHit> hits, RouteDecision decision, CancellationToken cancellationToken)
    {
        if (decision.Route is Route.Safety or Route.Handoff
            || await spelling.CorrectAsync(request.Question, cancellationToken) is not { } corrected)
        {
            return (request, hits, decision);
        }

        var fixedRequest = request with { Question = corrected };
        var fixedHits = await knowledge.SearchAsync(fixedRequest, cancellationToken);
        var second = await router.RouteAsync(knowledge.QueryFor(fixedRequest), fixedHits, cancellationToken);
        logger.LogDebug("Read \"{Question}\" as \"{Corrected}\"", request.Question, corrected);
        return (fixedRequest, fixedHits, second with { Reason = $"read as \"{corrected}\": {second.Reason}" });
    }

    /// <summary>
    /// A short turn that alone would leave ("whats the smallest monthly payment?" after "Can I set up a payment
    /// plan?") is searched and routed again with the question it continues; it stays local when that reading is. A
    /// turn ruled out by what it says (another organisation, a task for a general assistant) is not read again.
    /// </summary>
    private async Task<(AnswerRequest Request, IReadOnlyList<SearchHit> Hits, RouteDecision Decision)> AsFollowUpAsync(
        AnswerRequest request, IReadOnlyList<SearchHit> hits, RouteDecision decision, CancellationToken cancellationToken)
    {
        if (decision.Route != Route.Cloud || decision.IsRuled || request.FollowsUp
            || !request.History.Any(turn => turn.Role == ConversationTurn.User)
            || request.Question.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > FollowUpMaxWords)
        {
            return (request, hits, decision);
        }

        var followUp = request with { FollowsUp = true };
        var query = knowledge.QueryFor(followUp);
        if (string.Equals(query, knowledge.QueryFor(request), StringComparison.Ordinal))
        {
            return (request, hits, decision);
        }

        var followUpHits = await knowledge.SearchAsync(followUp, cancellationToken);
        var second = await router.RouteAsync(query, followUpHits, cancellationToken);
        return second.Route == Route.Local
            ? (followUp, followUpHits, second with { Reason = $"as a follow-up of the conversation: {second.Reason}" })
            : (request, hits, decision);
    }

    private AnswerRequest WithoutPersonalData(AnswerRequest request)
    {
        var redaction = redactor.Redact(request.Question);
        if (redaction.Entities.Count == 0)
        {
            return request;
        }

        // "My SSN is [SSN_1]," goes as a whole: the label says as little about the question as the value.
        var text = LabelledPlaceholder().Replace(redaction.Text, " ");
        text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return text.Any(char.IsLetterOrDigit) ? request with { Question = text } : request;
    }

    private async Task<AnswerResult> EscalateAsync(AnswerRequest request, RouteDecision decision, CancellationToken cancellationToken)
    {
        if (!escalator.IsEnabled)
        {
            return OutOfScope(request, decision);
        }

        var history = request.History.Select(t => (t.Role, t.Text)).ToList();
        var result = await escalator.AskAsync(request.Question, history, cancellationToken);
        return result.Succeeded
            ? new AnswerResult(result.Answer, Route.Cloud, null, decision.Confidence, [], AnswerMode.Cloud, Found: true, result.Usage) { Scores = decision.Scores }
            : OutOfScope(request, decision);
    }

    private string WithContact(string text, AnswerRequest request, RouteDecision decision) =>
        domains.Resolve(request.Domain ?? decision.Domain).Contact is { } contact ? $"{text} {contact}" : text;

    // The polite local reply: what we cannot help with, and the offer of a person from the conversation's domain.
    private AnswerResult OutOfScope(AnswerRequest request, RouteDecision decision)
    {
        var profile = domains.Resolve(request.Domain ?? decision.Domain);
        return Fixed($"{AssistantTexts.OutOfScope} {profile.HandoffText}", decision, found: false) with { Handoff = HandoffOffer.For(profile) };
    }

    private string SmallTalk(string text)
    {
        var lower = text.ToLowerInvariant();
        if (lower.Contains("thank", StringComparison.Ordinal) || lower.Contains("thx", StringComparison.Ordinal) || lower.Contains("appreciate", StringComparison.Ordinal))
        {
            return AssistantTexts.Thanks;
        }

        if (lower.Contains("bye", StringComparison.Ordinal))
        {
            return AssistantTexts.Goodbye;
        }

        return AssistantTexts.Greeting(domains.All.Select(d => d.DisplayName.ToLowerInvariant()));
    }

    private static AnswerResult Fixed(string text, RouteDecision decision, bool found) =>
        new(text, decision.Route, decision.Domain, decision.Confidence, [], AnswerMode.Fixed, found) { Scores = decision.Scores };

    private async Task RecordAsync(AnswerRequest request, AnswerResult answer, TimeSpan latency, CancellationToken cancellationToken)
    {
        try
        {
            await ledger.RecordAsync(new LedgerTurn(request.Question, answer.Answer, answer.Route, answer.Mode, answer.Domain, answer.Usage, latency), cancellationToken);
        }
#pragma warning disable CA1031 // The ledger is bookkeeping: a failure to record must not cost the user the answer.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Could not record the answer in the ledger");
        }
    }

    // A redactor placeholder ("[SSN_1]", "[CARDDETAIL_2]") with the "my … is" that introduces it.
    [GeneratedRegex(@"(\b(my|our|the)\s+(\w+\s+){0,3}(is|are|was|=|:)\s*)?\[[A-Z]+_\d+\]\s*[,;.]?", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledPlaceholder();
}

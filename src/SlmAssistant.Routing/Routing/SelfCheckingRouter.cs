using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Abstractions.Routing;

namespace SlmAssistant.Routing.Routing;

/// <summary>
/// The router: the scope rules (<see cref="ScopeRouter"/>), then, when <c>Routing:SelfCheck:Enabled</c> and a local
/// model offers one (<see cref="IScopeSelfCheck"/>), its yes/no second opinion. For a turn the rules sent local or
/// cloud, with passages worth reading, yes keeps the turn local (in the passages' domain), no sends it to the cloud.
/// Hard rules (safety, handoff, small talk, an unfamiliar name) are never second-guessed, and a failed check keeps the
/// rules' decision.
/// </summary>
public sealed class SelfCheckingRouter(
    ScopeRouter rules,
    IOptions<SelfCheckOptions> options,
    ILogger<SelfCheckingRouter> logger,
    IScopeSelfCheck? check = null) : IAnswerRouter
{
    /// <summary>Score key of the check's outcome: 1 yes, 0 no (absent when no check ran).</summary>
    public const string ScoreKey = "self-check";

    public async Task<RouteDecision> RouteAsync(string text, IReadOnlyList<SearchHit> evidence, CancellationToken cancellationToken = default)
    {
        var decision = await rules.RouteAsync(text, evidence, cancellationToken);
        var settings = options.Value;
        var passages = (evidence ?? []).Where(h => h.VectorScore >= settings.MinEvidence).Take(settings.MaxPassages).ToList();
        if (!settings.Enabled
            || check is not { IsAvailable: true }
            || decision.Route is not (Route.Local or Route.Cloud)
            || decision.Scores.GetValueOrDefault(RouteScoreKeys.UnfamiliarName) > 0
            || passages.Count == 0)
        {
            return decision;
        }

        using var span = RoutingTelemetry.Source.StartActivity(RoutingTelemetry.SelfCheckSpan);
        bool answered;
        try
        {
            answered = await check.AnswersAsync(text, passages, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Self-check failed, keeping the rules' route {Route}: {Reason}", decision.Route, e.Message);
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, "self-check failed");
            return decision;
        }

        var scores = new Dictionary<string, double>(decision.Scores, StringComparer.Ordinal) { [ScoreKey] = answered ? 1 : 0 };
        var checkedDecision = answered
            ? new RouteDecision(Route.Local, decision.Domain ?? passages[0].Chunk.Domain, decision.Route == Route.Local ? decision.Confidence : 0.6, scores, $"{decision.Reason}; self-check: our passages answer it")
            : new RouteDecision(Route.Cloud, null, decision.Route == Route.Cloud ? decision.Confidence : 0.6, scores, $"{decision.Reason}; self-check: our passages do not answer it");
        logger.LogInformation("Self-check said {Answer}: {Before} -> {After}", answered ? "yes" : "no", decision.Route, checkedDecision.Route);
        span?.SetTag("slm.self_check.answered", answered);
        span?.SetTag("slm.route", checkedDecision.Route.ToWire());
        return checkedDecision;
    }
}

using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Abstractions.Routing;
using SlmAssistant.Abstractions.Domains;
using SlmAssistant.Answering.Grounded;
using SlmAssistant.Answering.Plugins;
using SlmAssistant.Routing.Routing;

namespace SlmAssistant.Answering.Orchestration;

/// <summary>
/// The router's optional second opinion from the local model: for a turn the scope rules sent local or cloud, with
/// passages worth reading, the Answer.InScope prompt asks "do these passages of ours answer it?", constrained to
/// "yes" or "no". Yes keeps the turn local (in the passages' domain), no sends it to the cloud. Hard rules (safety,
/// handoff, small talk, an unfamiliar name) are never second-guessed, and a failed check keeps the rules' decision.
/// The kernel is resolved per check: the kernel's plugins include <c>Scope.route</c>, which needs this router.
/// </summary>
public sealed class SelfCheckingRouter(
    ScopeRouter rules,
    IServiceProvider services,
    IDomainCatalog domains,
    DomainAdapters adapters,
    IOptions<SelfCheckOptions> options,
    ILogger<SelfCheckingRouter> logger) : IAnswerRouter
{
    /// <summary>Score key of the check's outcome: 1 yes, 0 no (absent when no check ran).</summary>
    public const string ScoreKey = "self-check";

    public async Task<RouteDecision> RouteAsync(string text, IReadOnlyList<SearchHit> evidence, CancellationToken cancellationToken = default)
    {
        var decision = await rules.RouteAsync(text, evidence, cancellationToken);
        var settings = options.Value;
        var passages = (evidence ?? []).Where(h => h.VectorScore >= settings.MinEvidence).Take(settings.MaxPassages).ToList();
        if (!settings.Enabled
            || decision.Route is not (Routes.Local or Routes.Cloud)
            || decision.Scores.GetValueOrDefault(RouteScoreKeys.UnfamiliarName) > 0
            || passages.Count == 0)
        {
            return decision;
        }

        using var span = AnsweringTelemetry.Source.StartActivity(AnsweringTelemetry.SelfCheckSpan);
        bool answered;
        try
        {
            answered = await AskAsync(text, passages, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Self-check failed, keeping the rules' route {Route}: {Reason}", decision.Route, e.Message);
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, "self-check failed");
            return decision;
        }

        var scores = new Dictionary<string, double>(decision.Scores, StringComparer.Ordinal) { [ScoreKey] = answered ? 1 : 0 };
        var checkedDecision = answered
            ? new RouteDecision(Routes.Local, decision.Domain ?? passages[0].Chunk.Domain, decision.Route == Routes.Local ? decision.Confidence : 0.6, scores, $"{decision.Reason}; self-check: our passages answer it")
            : new RouteDecision(Routes.Cloud, null, decision.Route == Routes.Cloud ? decision.Confidence : 0.6, scores, $"{decision.Reason}; self-check: our passages do not answer it");
        logger.LogInformation("Self-check said {Answer}: {Before} -> {After}", answered ? "yes" : "no", decision.Route, checkedDecision.Route);
        span?.SetTag("slm.self_check.answered", answered);
        span?.SetTag("slm.route", checkedDecision.Route);
        return checkedDecision;
    }

    private async Task<bool> AskAsync(string text, List<SearchHit> passages, CancellationToken cancellationToken)
    {
        var domain = passages[0].Chunk.Domain;
        var kernel = services.GetRequiredService<Kernel>();
        var function = AnswerPlugin.InScope(kernel);
        var arguments = new KernelArguments(LocalExecutionSettings.For(function, adapters.For(domain)))
        {
            ["organization"] = domains.Resolve(domain).Organization,
            ["sources"] = NumberedSources.Format(passages),
            ["question"] = text.Trim(),
        };
        var response = await function.InvokeStreamingAsync<ChatResponseUpdate>(kernel, arguments, cancellationToken)
            .ToChatResponseAsync(cancellationToken);
        var reply = response.Text.Trim().Trim('"').Trim().ToLowerInvariant();
        return reply switch
        {
            "yes" => true,
            "no" => false,
            _ => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"the self-check replied \"{reply}\", not yes or no")),
        };
    }
}

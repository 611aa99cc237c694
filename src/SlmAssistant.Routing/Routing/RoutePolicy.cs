using System.Globalization;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Routing;

namespace SlmAssistant.Routing.Routing;

/// <summary>
/// The routing rules, first match wins: safety (emergency phrase, or closest to the emergency exemplars), handoff
/// (a request for a person, or closest to the handoff exemplars), smalltalk (courtesies only, or short and closest to
/// the smalltalk exemplars), cloud for a general assistant's task (write a poem, translate this) or when the out-of-scope exemplars are closer than any domain's, local (close to a domain's
/// exemplars, or strong retrieval evidence), else cloud. Pure, so
/// thresholds can be swept over signals gathered once.
/// </summary>
public static class RoutePolicy
{
    public static RouteDecision Decide(RouteSignals signals, ScopeRoutingOptions options)
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(options);
        var scores = Scores(signals, options);
        if (signals.EmergencyPhrase is not null)
        {
            return new(Route.Safety, null, 1, scores, $"emergency phrase \"{signals.EmergencyPhrase}\"");
        }

        var closest = signals.ClosestSimilarity;
        if (Is(signals.ClosestLabel, options.EmergencyLabel) && closest >= options.EmergencyThreshold)
        {
            return new(Route.Safety, null, closest, scores, Reason("closest to emergency exemplars", closest, options.EmergencyThreshold));
        }

        if (signals.HandoffPhrase is not null)
        {
            return new(Route.Handoff, null, 1, scores, $"request for a person \"{signals.HandoffPhrase}\"");
        }

        if (Is(signals.ClosestLabel, options.HandoffLabel) && closest >= options.HandoffThreshold)
        {
            return new(Route.Handoff, null, closest, scores, Reason("closest to handoff exemplars", closest, options.HandoffThreshold));
        }

        if (signals.ClosestLabel is null)
        {
            return new(Route.Smalltalk, null, 1, scores, "empty turn");
        }

        if (signals.Courtesy is { } courtesy)
        {
            return new(Route.Smalltalk, null, 1, scores, $"courtesies only \"{courtesy}\"");
        }

        if (signals.TaskRequest is { } task)
        {
            return new(Route.Cloud, null, 0.9, scores, $"out of scope: a general assistant's task \"{task}\"") { IsRuled = true };
        }

        if (Is(signals.ClosestLabel, options.SmalltalkLabel) && closest >= options.SmalltalkThreshold && signals.Words <= options.SmalltalkMaxWords)
        {
            return new(Route.Smalltalk, null, closest, scores, Reason($"short ({signals.Words} words) and closest to smalltalk exemplars", closest, options.SmalltalkThreshold));
        }

        if (signals.UnfamiliarName is { } name)
        {
            return new(Route.Cloud, null, 0.8, scores, $"out of scope: names \"{name}\", which the knowledge never mentions") { IsRuled = true };
        }

        var (domain, similarity) = BestDomain(signals, options);
        var outOfScope = signals.Similarity(options.OutOfScopeLabel);
        var lead = similarity - outOfScope;
        scores[RouteScoreKeys.OutOfScopeLead] = lead;
        if (lead < options.OutOfScopeMargin && signals.Similarities.ContainsKey(options.OutOfScopeLabel))
        {
            return new(
                Route.Cloud,
                null,
                Math.Clamp(0.5 + ((options.OutOfScopeMargin - lead) * 5), 0, 1),
                scores,
                $"out of scope: closer to out-of-scope exemplars {F(outOfScope)} than to {domain ?? "any domain"} {F(similarity)} (lead {F(lead)} < {F(options.OutOfScopeMargin)})");
        }

        var domainThreshold = DomainThreshold(signals, options);
        if (domain is not null && similarity >= domainThreshold)
        {
            return new(Route.Local, domain, Math.Max(similarity, signals.Evidence), scores, Reason($"close to {domain} exemplars", similarity, domainThreshold));
        }

        if (signals.Evidence >= options.EvidenceThreshold)
        {
            return new(Route.Local, signals.EvidenceDomain ?? domain, signals.Evidence, scores, Reason("strong retrieval evidence", signals.Evidence, options.EvidenceThreshold));
        }

        return new(
            Route.Cloud,
            null,
            Math.Clamp(1 - Math.Max(similarity, signals.Evidence), 0, 1),
            scores,
            signals.HasEvidence
                ? $"out of scope: closest domain {domain ?? "none"} {F(similarity)} < {F(domainThreshold)}, evidence {F(signals.Evidence)} < {F(options.EvidenceThreshold)}"
                : $"out of scope: closest domain {domain ?? "none"} {F(similarity)} < {F(domainThreshold)} (no retrieval evidence)");
    }

    /// <summary>The domain threshold in force: the evidence-less one when no retrieval hits were passed.</summary>
    public static double DomainThreshold(RouteSignals signals, ScopeRoutingOptions options)
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(options);
        return signals.HasEvidence ? options.DomainThreshold : options.DomainThresholdWithoutEvidence;
    }

    /// <summary>The most similar label that is a domain (not emergency, handoff or smalltalk).</summary>
    public static (string? Domain, double Similarity) BestDomain(RouteSignals signals, ScopeRoutingOptions options)
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(options);
        string? domain = null;
        var best = 0.0;
        foreach (var (label, similarity) in signals.Similarities)
        {
            if (IsDomain(label, options) && (domain is null || similarity > best))
            {
                (domain, best) = (label, similarity);
            }
        }

        return (domain, best);
    }

    public static bool IsDomain(string label, ScopeRoutingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return !Is(label, options.EmergencyLabel) && !Is(label, options.HandoffLabel) && !Is(label, options.SmalltalkLabel) && !Is(label, options.OutOfScopeLabel);
    }

    private static Dictionary<string, double> Scores(RouteSignals signals, ScopeRoutingOptions options)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [RouteScoreKeys.Evidence] = signals.Evidence,
            [RouteScoreKeys.EmergencyPattern] = signals.EmergencyPhrase is null ? 0 : 1,
            [RouteScoreKeys.HandoffPattern] = signals.HandoffPhrase is null ? 0 : 1,
            [RouteScoreKeys.Words] = signals.Words,
            [RouteScoreKeys.UnfamiliarName] = signals.UnfamiliarName is null ? 0 : 1,
            [RouteScoreKeys.TaskRequest] = signals.TaskRequest is null ? 0 : 1,
            [RouteScoreKeys.EmergencyThreshold] = options.EmergencyThreshold,
            [RouteScoreKeys.HandoffThreshold] = options.HandoffThreshold,
            [RouteScoreKeys.SmalltalkThreshold] = options.SmalltalkThreshold,
            [RouteScoreKeys.DomainThreshold] = DomainThreshold(signals, options),
            [RouteScoreKeys.EvidenceThreshold] = options.EvidenceThreshold,
            [RouteScoreKeys.OutOfScopeMargin] = options.OutOfScopeMargin,
        };
        foreach (var (label, similarity) in signals.Similarities)
        {
            scores[RouteScoreKeys.Similarity(label)] = similarity;
        }

        return scores;
    }

    private static bool Is(string? label, string name) => string.Equals(label, name, StringComparison.Ordinal);

    private static string Reason(string what, double value, double threshold) => $"{what} ({F(value)} ≥ {F(threshold)})";

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}

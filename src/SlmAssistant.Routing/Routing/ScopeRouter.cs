using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Domains;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Abstractions.Routing;
using SlmAssistant.Routing.Redaction.Detectors;
using SlmAssistant.Routing.Scope;

namespace SlmAssistant.Routing.Routing;

/// <summary>
/// Routes a user turn: embeds it like the exemplars, classifies it against them, screens it for emergency and
/// handoff phrases, looks up the proper names it mentions in the knowledge, and applies <see cref="RoutePolicy"/> with
/// the configured thresholds. Every decision is logged with its signals.
/// </summary>
/// <param name="vocabulary">The knowledge's words, for unfamiliar names; without it names are not checked.</param>
/// <param name="domains">The domain profiles, whose organisations' names ("Brightlane Business") are ours.</param>
public sealed class ScopeRouter(
    ExemplarIndex index,
    IOptions<ScopeRoutingOptions> options,
    ILogger<ScopeRouter> logger,
    IKnowledgeVocabulary? vocabulary = null,
    IDomainCatalog? domains = null) : IAnswerRouter
{
    private readonly Lazy<PlaceNames> _places = new(() => PlaceNames.Load(options.Value.PlacesFile));
    private readonly Lazy<OrganisationNames> _organisations = new(() => OrganisationNames.Load(options.Value.OrganisationsFile));

    // "Brightlane Business", "Harbor & Pine Visa": a name that starts like one of our organisations is ours.
    private readonly Lazy<HashSet<string>> _ownNames = new(() => new HashSet<string>(
        (domains?.All ?? []).Select(profile => profile.Organization.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty)
            .Where(word => word.Length > 2 && char.IsUpper(word[0])),
        StringComparer.OrdinalIgnoreCase));

    public async Task<RouteDecision> RouteAsync(string text, IReadOnlyList<SearchHit> evidence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var span = RoutingTelemetry.StartRoute();
        var clock = Stopwatch.StartNew();
        var signals = await GatherAsync(text, evidence ?? [], cancellationToken);
        var decision = RoutePolicy.Decide(signals, options.Value);
        RoutingTelemetry.Decided(span, decision, signals);
        logger.LogInformation(
            "Routed to {Route} (domain {Domain}, confidence {Confidence:F3}) in {ElapsedMs:F1} ms: {Reason}; closest {Label} {Similarity:F3}, evidence {Evidence:F3}, unfamiliar name {UnfamiliarName}",
            decision.Route,
            decision.Domain,
            decision.Confidence,
            clock.Elapsed.TotalMilliseconds,
            decision.Reason,
            signals.ClosestLabel,
            signals.ClosestSimilarity,
            signals.Evidence,
            signals.UnfamiliarName);
        return decision;
    }

    /// <summary>The signals the policy decides on, for evaluation and threshold sweeps.</summary>
    public async Task<RouteSignals> GatherAsync(string text, IReadOnlyList<SearchHit> evidence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var classifier = await index.GetClassifierAsync(cancellationToken);
        ScopeClassification? classification = null;
        if (!string.IsNullOrWhiteSpace(text))
        {
            var embedding = await index.EmbedAsync(text, cancellationToken);
            classification = classifier.Classify(embedding.Span);
        }

        return RouteSignals.Gather(text, classification, classifier.Labels, evidence ?? [], await UnfamiliarNameAsync(text, cancellationToken));
    }

    private async Task<string?> UnfamiliarNameAsync(string text, CancellationToken cancellationToken)
    {
        if (vocabulary is null || !options.Value.CheckNames)
        {
            return null;
        }

        // Places and the customer's own name ("I'm Dana Whitfield") are not other organisations.
        var names = NameCandidates.Find(text)
            .Where(name => !IsPlaceOrOurs(name) && !_places.Value.IsPlaceIn(name, text))
            .ToList();
        if (names.Count > 0)
        {
            // Only turns with a name left pay for the person-name detector.
            var people = new PersonNameDetector().Detect(text).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
            names.RemoveAll(name => people.Contains(PersonNameDetector.Key(name)));
        }

        // Well-known organisations however they are written ("how long does costco give you"), places and ours aside.
        names.AddRange(_organisations.Value.Find(text)
            .Where(name => !names.Contains(name, StringComparer.OrdinalIgnoreCase) && !IsPlaceOrOurs(name)));

        if (names.Count == 0)
        {
            return null;
        }

        var known = await vocabulary.ContainsAsync(names, cancellationToken);
        return names.Where((_, i) => !known[i]).FirstOrDefault();
    }

    private bool IsPlaceOrOurs(string name) => _places.Value.IsPlace(name) || _ownNames.Value.Contains(name.Split(' ')[0]);
}

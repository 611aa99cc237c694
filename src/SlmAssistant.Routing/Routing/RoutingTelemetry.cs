using System.Diagnostics;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Routing;

namespace SlmAssistant.Routing.Routing;

/// <summary>
/// The route decision's span (and the local model's self-check under the router, "slm.route.self_check"): route, domain, confidence and the signals behind them. Not the decision's reason, which
/// can quote a name from the question. Without a listener no span is created.
/// </summary>
public static class RoutingTelemetry
{
    public const string Name = "SlmAssistant.Routing";

    internal const string SelfCheckSpan = "slm.route.self_check";

    internal static readonly ActivitySource Source = new(Name);

    internal static Activity? StartRoute() => Source.StartActivity("slm.route");

    internal static void Decided(Activity? span, RouteDecision decision, RouteSignals signals)
    {
        if (span is null)
        {
            return;
        }

        span.SetTag("slm.route", decision.Route.ToWire());
        span.SetTag("slm.route.domain", decision.Domain);
        span.SetTag("slm.route.confidence", decision.Confidence);
        span.SetTag("slm.route.closest_label", signals.ClosestLabel);
        span.SetTag("slm.route.closest_similarity", signals.ClosestSimilarity);
        span.SetTag("slm.route.evidence", signals.Evidence);
        span.SetTag("slm.route.unfamiliar_name", signals.UnfamiliarName is not null);
    }
}

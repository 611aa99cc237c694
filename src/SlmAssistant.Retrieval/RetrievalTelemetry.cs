using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SlmAssistant.Retrieval;

/// <summary>
/// Retrieval's spans (the search, and its keyword and vector legs) and its latency histogram. Tags count and time;
/// they never hold the query. Without a listener nothing is created or recorded.
/// </summary>
public static class RetrievalTelemetry
{
    public const string Name = "SlmAssistant.Retrieval";

    internal const string SearchSpan = "slm.retrieval.search";
    internal const string KeywordSpan = "slm.retrieval.keyword";
    internal const string VectorSpan = "slm.retrieval.vector";

    internal static readonly ActivitySource Source = new(Name);
    internal static readonly Meter Meter = new(Name);

    internal static readonly Histogram<double> Duration = Meter.CreateHistogram(
        "slm.retrieval.duration",
        unit: "s",
        description: "Time to search the knowledge (keyword and vector legs, fused), by kind (hybrid or keyword).",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });

    internal static void Searched(Activity? span, int top, string? domain, bool vector, int hits, TimeSpan elapsed)
    {
        var kind = vector ? "hybrid" : "keyword";
        Duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("slm.retrieval.kind", kind));
        if (span is null)
        {
            return;
        }

        span.SetTag("slm.retrieval.kind", kind);
        span.SetTag("slm.retrieval.top", top);
        span.SetTag("slm.retrieval.domain", domain);
        span.SetTag("slm.retrieval.hits", hits);
    }

    internal static void Candidates(Activity? span, int count) => span?.SetTag("slm.retrieval.candidates", count);
}

using System.Diagnostics;
using System.Diagnostics.Metrics;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Ingestion.Pipeline;

namespace SlmAssistant.Ingestion;

/// <summary>
/// Ingestion's spans (one per document, with a child per step: extract, chunk, embed, store) and its throughput
/// counters. Tags name the document by its id, format and domain, never by its text. Without a listener nothing is
/// created or recorded.
/// </summary>
public static class IngestionTelemetry
{
    public const string Name = "SlmAssistant.Ingestion";

    internal const string DocumentSpan = "slm.ingest.document";

    internal static readonly ActivitySource Source = new(Name);
    internal static readonly Meter Meter = new(Name);

    internal static readonly Counter<long> Documents = Meter.CreateCounter<long>(
        "slm.ingestion.documents", "{document}", "Documents through the pipeline, by outcome (ingested, unchanged, failed).");

    internal static readonly Counter<long> Chunks = Meter.CreateCounter<long>(
        "slm.ingestion.chunks", "{chunk}", "Chunks written to the knowledge store.");

    internal static Activity? StartDocument(SourceDocument document)
    {
        var span = Source.StartActivity(DocumentSpan);
        span?.SetTag("slm.document.id", SourceIdentity.DocumentId(document.Source));
        span?.SetTag("slm.document.domain", document.Domain);
        span?.SetTag("slm.document.bytes", document.Content.LongLength);
        return span;
    }

    /// <summary>The span of one step, named after it: slm.ingest.extract, .chunk, .embed or .store.</summary>
    internal static Activity? StartStep(string step) => Source.StartActivity(step switch
    {
        IngestionSteps.Extracting => "slm.ingest.extract",
        IngestionSteps.Chunking => "slm.ingest.chunk",
        IngestionSteps.Embedding => "slm.ingest.embed",
        IngestionSteps.Indexing => "slm.ingest.store",
        _ => $"slm.ingest.{step}",
    });

    /// <summary>Tags the document's span with the outcome; counts it unless it failed (<see cref="Count"/> did then).</summary>
    internal static void Finished(Activity? span, IngestionFileResult result)
    {
        if (result.Status != IngestionOutcome.Failed)
        {
            Count(result);
        }

        span?.SetTag("slm.ingestion.outcome", Outcome(result));
        span?.SetTag("slm.document.chunks", result.Chunks);
    }

    /// <summary>Counts one document's outcome, and its chunks when it was stored.</summary>
    internal static void Count(IngestionFileResult result)
    {
        Documents.Add(1, new KeyValuePair<string, object?>("slm.ingestion.outcome", Outcome(result)));
        if (result.Status == IngestionOutcome.Ingested)
        {
            Chunks.Add(result.Chunks);
        }
    }

    /// <summary>Marks the current document's span as failed at <paramref name="step"/> (the reason may quote the file, so it stays out).</summary>
    internal static void FailedAt(string step)
    {
        if (Activity.Current is { OperationName: DocumentSpan } span && span.Source == Source)
        {
            span.SetStatus(ActivityStatusCode.Error, $"{step} failed");
            span.SetTag("error.type", step);
        }
    }

    private static string Outcome(IngestionFileResult result) => result.Status.ToString().ToLowerInvariant();
}

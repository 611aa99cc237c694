namespace SlmAssistant.Ingestion.Queue;

/// <summary>The persistent ingestion queue's worker, section <c>Ingestion:Queue</c>.</summary>
public sealed class IngestionQueueOptions
{
    public const string SectionName = "Ingestion:Queue";

    /// <summary>Whether this process ingests queued uploads (off for a read-only replica of the console).</summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>How long a claimed queue item stays owned by a worker without renewal before another may take it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The lease of an item claimed by a run that ingests its own batch (`slm ingest`, seeding without the worker),
    /// renewed every third of it: short, so the items of a killed run are taken over by the next run within seconds.
    /// </summary>
    public TimeSpan BatchLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often an idle worker looks for work queued by another process.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}

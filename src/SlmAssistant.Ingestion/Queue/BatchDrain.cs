namespace SlmAssistant.Ingestion.Queue;

/// <summary>Who ingests the items of a <see cref="BatchIngestion"/> run.</summary>
public enum BatchDrain
{
    /// <summary>The run itself, item after item (the CLI, which has no worker; seeding when the worker is disabled).</summary>
    Inline,

    /// <summary>The process's <see cref="IngestionWorker"/>; the run waits for its items to finish.</summary>
    Worker,
}

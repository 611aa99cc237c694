namespace SlmAssistant.Ingestion.Queue;

public static class QueueItemKinds
{
    public const string Upload = "upload";
    public const string Reindex = "reindex";

    /// <summary>A file of a run over files and folders (<see cref="BatchIngestion"/>), read from its full path.</summary>
    public const string File = "file";
}

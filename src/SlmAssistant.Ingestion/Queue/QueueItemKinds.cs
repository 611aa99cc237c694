namespace SlmAssistant.Ingestion.Queue;

public static class QueueItemKinds
{
    public const string Upload = "upload";
    public const string Reindex = "reindex";
}

namespace SlmAssistant.Admin.Features.Upload;

public static class QueueItemKinds
{
    public const string Upload = "upload";
    public const string Reindex = "reindex";
}

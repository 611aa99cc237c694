namespace SlmAssistant.Admin.Features.Audit;

public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string Upload = "upload";
    public const string UploadRejected = "upload-rejected";
    public const string Delete = "delete";
    public const string Reindex = "reindex";
    public const string ReindexAll = "reindex-all";
    public const string EraseConversation = "erase-conversation";

    public static IReadOnlyList<string> All { get; } = [SignIn, SignInFailed, SignOut, Upload, UploadRejected, Delete, Reindex, ReindexAll, EraseConversation];
}

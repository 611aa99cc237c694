namespace SlmAssistant.Admin.Features.Documents;

/// <summary>What the documents page filters on: the journal's step, folded into three states a person cares about.</summary>
public static class DocumentStatuses
{
    public const string Ready = "ready";
    public const string Failed = "failed";
    public const string Processing = "processing";

    public static IReadOnlyList<string> All { get; } = [Ready, Processing, Failed];
}

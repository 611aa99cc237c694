using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Routing.Cloud.Filters;

/// <summary>What the prompt filter redacted during one function invocation, for the invocation filter to restore and audit.</summary>
internal sealed class CloudRedactionScope
{
    public Dictionary<string, string> Placeholders { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> Types { get; } = new(StringComparer.Ordinal);

    /// <summary>The redacted prompt as sent; null when nothing in this invocation went to the cloud.</summary>
    public string? SentPrompt { get; set; }

    public TokenUsage? Usage { get; set; }
}

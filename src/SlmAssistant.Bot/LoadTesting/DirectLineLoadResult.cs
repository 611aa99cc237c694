namespace SlmAssistant.Bot.LoadTesting;

/// <summary>What a chat benchmark measured.</summary>
/// <param name="Replies">Questions answered within the reply timeout.</param>
/// <param name="Errors">Failed requests, broken streams and questions left unanswered.</param>
/// <param name="PeakServerMemoryBytes">The server's largest working set seen; null when it was not sampled.</param>
public sealed record DirectLineLoadResult(
    int Conversations,
    TimeSpan Elapsed,
    long Replies,
    long Errors,
    double RepliesPerSecond,
    TimeSpan P50Latency,
    TimeSpan P95Latency,
    TimeSpan MaxLatency,
    long? PeakServerMemoryBytes,
    IReadOnlyDictionary<string, long> ErrorsByKind);

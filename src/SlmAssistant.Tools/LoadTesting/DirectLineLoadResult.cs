namespace SlmAssistant.Tools.LoadTesting;

/// <summary>What a chat benchmark measured.</summary>
/// <param name="Mode">"closed" (each conversation waits for its answer, then its think time) or "open" (arrivals at a rate).</param>
/// <param name="Questions">Questions asked (answered or not).</param>
/// <param name="Replies">Questions answered within the reply timeout.</param>
/// <param name="Errors">Failed requests, broken streams and questions left unanswered.</param>
/// <param name="PeakServerMemoryBytes">The server's largest working set seen; null when it was not sampled.</param>
public sealed record DirectLineLoadResult(
    string Mode,
    int Conversations,
    long Questions,
    TimeSpan Elapsed,
    long Replies,
    long Errors,
    double RepliesPerSecond,
    TimeSpan P50Latency,
    TimeSpan P95Latency,
    TimeSpan MaxLatency,
    long? PeakServerMemoryBytes,
    IReadOnlyDictionary<string, long> ErrorsByKind);

namespace SlmAssistant.Bot.LoadTesting;

/// <summary>A chat benchmark: how many conversations talk to the bot at once, for how long, asking what.</summary>
public sealed record DirectLineLoadOptions
{
    /// <summary>The host serving Direct Line (its /v3/directline is used).</summary>
    public required Uri BaseAddress { get; init; }

    /// <summary>The host's Direct Line secret (Bot:DirectLineSecret): each conversation starts with it.</summary>
    public required string Secret { get; init; }

    public int Conversations { get; init; } = 200;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a question may wait for its answer before it counts as an error.</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Asked in turn by each conversation.</summary>
    public IReadOnlyList<string> Questions { get; init; } =
    [
        "How long do I have to return electronics?",
        "When will I get my refund?",
        "How do I request a prescription refill?",
        "Can I opt out of arbitration?",
    ];

    /// <summary>The server's process, sampled for its peak memory; null when it is not on this machine.</summary>
    public int? ServerProcessId { get; init; }

    public TimeSpan MemorySampleInterval { get; init; } = TimeSpan.FromMilliseconds(250);
}

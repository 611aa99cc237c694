namespace SlmAssistant.Tools.LoadTesting;

/// <summary>A chat benchmark: how many conversations talk to the bot at once, for how long, asking what.</summary>
public sealed record DirectLineLoadOptions
{
    /// <summary>The host serving Direct Line (its /v3/directline is used).</summary>
    public required Uri BaseAddress { get; init; }

    /// <summary>The host's Direct Line secret (Bot:DirectLineSecret): each conversation starts with it.</summary>
    public required string Secret { get; init; }

    public int Conversations { get; init; } = 200;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Closed loop: how long a conversation's customer "reads" an answer before asking the next question (each pause
    /// drawn uniformly between half and one and a half of it, so conversations do not march in step). Zero: at once.
    /// </summary>
    public TimeSpan ThinkTime { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// Open loop: questions arrive at this mean rate per second (Poisson arrivals spread over the conversations),
    /// whether or not earlier ones were answered, and latency runs from each question's scheduled time, so a slow
    /// server cannot hide its backlog. Null: closed loop.
    /// </summary>
    public double? ArrivalRate { get; init; }

    /// <summary>Seed of the think-time and arrival draws, so runs are comparable.</summary>
    public int Seed { get; init; } = 17;

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

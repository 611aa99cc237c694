using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Turns;

/// <summary>Where a turn's replies go: a channel's connector, the HTTP response (expectReplies), a Direct Line stream.</summary>
public interface IActivitySink
{
    /// <summary>Whether livestreamed typing updates reach the user (the answer appears as it is written).</summary>
    bool SupportsStreaming { get; }

    /// <summary>Whether event activities reach the other side (Direct Line clients, an expectReplies caller); Teams takes none.</summary>
    bool DeliversEvents { get; }

    /// <summary>Sends a reply; returns the id the channel gave it (a livestream's id is its first activity's).</summary>
    Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken);
}

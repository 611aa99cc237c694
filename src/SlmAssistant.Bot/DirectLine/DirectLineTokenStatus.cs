namespace SlmAssistant.Bot.DirectLine;

public enum DirectLineTokenStatus
{
    Valid,

    /// <summary>Not a token we signed (or signed with a key since changed).</summary>
    Invalid,

    /// <summary>Ours, but past its expiry.</summary>
    Expired,
}

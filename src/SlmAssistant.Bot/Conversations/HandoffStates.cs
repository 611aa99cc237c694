namespace SlmAssistant.Bot.Conversations;

public static class HandoffStates
{
    /// <summary>The bot offered a person; the customer has not answered yet.</summary>
    public const string Offered = "offered";

    /// <summary>The customer said yes: the team was told.</summary>
    public const string Accepted = "accepted";

    /// <summary>The customer said no.</summary>
    public const string Declined = "declined";

    /// <summary>The customer asked for a person without being offered one: the team was told.</summary>
    public const string Requested = "requested";
}

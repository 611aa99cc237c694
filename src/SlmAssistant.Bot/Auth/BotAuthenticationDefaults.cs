namespace SlmAssistant.Bot.Auth;

public static class BotAuthenticationDefaults
{
    /// <summary>The JwtBearer scheme that validates Bot Framework channel tokens; never a default scheme of the host.</summary>
    public const string Scheme = "BotFramework";

    /// <summary>The Bot Framework channel endpoint, the only place channel tokens are read.</summary>
    public const string MessagesPath = "/api/messages";

    /// <summary>The claim Bot Framework puts the channel's service URL in; it must match the activity's.</summary>
    public const string ServiceUrlClaim = "serviceurl";
}

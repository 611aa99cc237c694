using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Bot;

/// <summary>The customer-service bot channel ("Bot" section).</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>
    /// The Azure Bot registration's app id. When set, /api/messages accepts only Bot Framework tokens issued for it and
    /// replies are posted with a token obtained for it. When empty, /api/messages is closed unless
    /// <see cref="AllowUnauthenticated"/> (Direct Line served by this host works either way).
    /// </summary>
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The app's tenant for single-tenant registrations; null uses botframework.com (multi-tenant).</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Where reply tokens come from; null means https://login.microsoftonline.com/{tenant}.</summary>
    public string? TokenAuthority { get; set; }

    [Required]
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>The Bot Framework OpenID metadata that lists the keys channel tokens are signed with.</summary>
    [Required]
    [Url]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Issuers accepted on channel tokens.</summary>
    [MinLength(1)]
    public string[] ValidIssuers { get; set; } = ["https://api.botframework.com"];

    /// <summary>Lets /api/messages accept unauthenticated requests when no app id is set (local development only).</summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>The Direct Line secret: generates conversation tokens and opens any conversation.</summary>
    public string? DirectLineSecret { get; set; }

    /// <summary>The domain questions are restricted to when a conversation names none; null lets the answer service choose.</summary>
    public string? DefaultDomain { get; set; }

    /// <summary>How many earlier messages (user and bot) go with a question as its history.</summary>
    [Range(0, 50)]
    public int HistoryTurns { get; set; } = 6;

    /// <summary>Largest accepted activity body in bytes.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 1024 * 1024;

    /// <summary>Least time between two livestreamed updates of one answer; 0 sends every delta.</summary>
    [Range(0, 10_000)]
    public int StreamingIntervalMilliseconds { get; set; } = 200;

    /// <summary>The same for Teams, which throttles livestreams to about one update a second.</summary>
    [Range(0, 10_000)]
    public int TeamsStreamingIntervalMilliseconds { get; set; } = 1000;

    /// <summary>Channels reached through /api/messages that get livestreamed answers (typing updates, then the final message).</summary>
    public string[] StreamingChannels { get; set; } = ["msteams", "directline", "webchat", "emulator"];

    /// <summary>The name the bot shows in conversations it hosts (Direct Line).</summary>
    [Required]
    public string BotName { get; set; } = "Assistant";

    /// <summary>Shown before the starter questions when someone joins a conversation.</summary>
    [Required]
    public string WelcomeText { get; set; } =
        "Hi! I'm the virtual assistant. I answer from our own documents and show where each answer comes from. What can I help you with?";
}

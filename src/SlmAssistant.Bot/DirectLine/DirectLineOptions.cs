using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Bot.DirectLine;

/// <summary>Direct Line 3.0 served by this host ("Bot:DirectLine" section); the secret is Bot:DirectLineSecret.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "Bot:DirectLine";

    /// <summary>Lets the website widget get a conversation token without the secret (POST /api/widget/token).</summary>
    public bool AllowAnonymousTokens { get; set; }

    [Range(60, 86_400)]
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>How long an expired widget token may still resume its conversation (a page reopened later).</summary>
    [Range(0, 30 * 86_400)]
    public int ResumeWindowSeconds { get; set; } = 86_400;

    /// <summary>Widget tokens one client address may get per minute.</summary>
    [Range(1, 10_000)]
    public int WidgetTokensPerMinute { get; set; } = 20;

    /// <summary>Seconds between empty keep-alive frames on an idle stream.</summary>
    [Range(1, 3600)]
    public int KeepAliveSeconds { get; set; } = 30;

    /// <summary>Sites whose pages may call Direct Line and the widget token endpoint; empty allows every site.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Most activities one GET of a conversation's activities returns; the watermark pages through the rest.</summary>
    [Range(1, 10_000)]
    public int PageSize { get; set; } = 500;
}

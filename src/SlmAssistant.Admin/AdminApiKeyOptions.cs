namespace SlmAssistant.Admin;

/// <summary>One API key, known only by its hash.</summary>
public sealed class AdminApiKeyOptions
{
    /// <summary>Who uses the key; the audit log names it ("api:ci-import").</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>"sha256$hex" (from <see cref="Features.SignIn.ApiKeyGenerator"/>) or "pbkdf2-sha256$…".</summary>
    public string Hash { get; set; } = string.Empty;
}

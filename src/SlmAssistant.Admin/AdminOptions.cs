using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Admin;

/// <summary>The admin console's accounts, keys and limits. Bound from the "Admin" configuration section.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>Local accounts: <c>Admin:Users:n:UserName</c> and <c>Admin:Users:n:PasswordHash</c> (PBKDF2, never plain text).</summary>
    public IList<AdminUserOptions> Users { get; } = [];

    /// <summary>Keys for API clients, sent as the <c>X-Api-Key</c> header: <c>Admin:ApiKeys:n:Name</c> and <c>Admin:ApiKeys:n:Hash</c>.</summary>
    public IList<AdminApiKeyOptions> ApiKeys { get; } = [];

    /// <summary>An uploaded file larger than this is refused with 413 (default 25 MB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>Files one upload request may carry.</summary>
    [Range(1, 100)]
    public int MaxFilesPerUpload { get; set; } = 20;

    /// <summary>Folder whose sub-folders name the domains offered for uploads (the seeded knowledge/).</summary>
    [Required]
    public string KnowledgePath { get; set; } = "knowledge";

    /// <summary>
    /// Failed sign-ins for one user name before its lockout starts, counted only once they come from at least
    /// <see cref="LockoutMinAddresses"/> addresses: one address alone meets <see cref="SignInAttemptsPerAddress"/> instead,
    /// so an attacker (or a proxy's shared address) cannot lock the real admin out.
    /// </summary>
    [Range(1, 100)]
    public int MaxSignInFailures { get; set; } = 5;

    /// <summary>Distinct addresses the failures must come from before a user is locked out.</summary>
    [Range(1, 100)]
    public int LockoutMinAddresses { get; set; } = 2;

    /// <summary>Sign-in attempts one client address may make per <see cref="SignInWindow"/>; more get 429 before any password is hashed.</summary>
    [Range(1, 100_000)]
    public int SignInAttemptsPerAddress { get; set; } = 10;

    /// <summary>Sign-in attempts from all addresses together per <see cref="SignInWindow"/> (password spraying from many addresses).</summary>
    [Range(1, 1_000_000)]
    public int SignInAttemptsGlobal { get; set; } = 100;

    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The session and antiforgery cookies' Secure flag. Unset: Always outside Development (behind a TLS proxy, enable
    /// forwarded headers so requests are seen as https), SameAsRequest in Development.
    /// </summary>
    public Microsoft.AspNetCore.Http.CookieSecurePolicy? CookieSecurePolicy { get; set; }

    /// <summary>The first lockout; each further failure doubles it, up to <see cref="MaxLockout"/>.</summary>
    public TimeSpan FirstLockout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxLockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a signed-in session lasts without activity.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}

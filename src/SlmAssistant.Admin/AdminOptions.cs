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

    /// <summary>Sign-in failures (per user name and address) allowed before a lockout starts.</summary>
    [Range(1, 100)]
    public int MaxSignInFailures { get; set; } = 5;

    /// <summary>The first lockout; each further failure doubles it, up to <see cref="MaxLockout"/>.</summary>
    public TimeSpan FirstLockout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxLockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a signed-in session lasts without activity.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}

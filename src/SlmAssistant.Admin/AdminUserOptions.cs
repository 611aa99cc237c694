namespace SlmAssistant.Admin;

/// <summary>One local admin account.</summary>
public sealed class AdminUserOptions
{
    public string UserName { get; set; } = string.Empty;

    /// <summary>"pbkdf2-sha256$iterations$salt$hash" as written by <see cref="Features.SignIn.PasswordHasher"/>.</summary>
    public string PasswordHash { get; set; } = string.Empty;
}

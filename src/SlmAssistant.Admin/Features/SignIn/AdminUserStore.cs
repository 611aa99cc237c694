using Microsoft.Extensions.Options;

namespace SlmAssistant.Admin.Features.SignIn;

/// <summary>The local admin accounts from configuration ("Admin:Users"), re-read when the configuration changes.</summary>
public sealed class AdminUserStore(IOptionsMonitor<AdminOptions> options)
{
    // Verifying against this when the user is unknown makes "no such user" take as long as "wrong password".
    private static readonly Lazy<string> DecoyHash = new(() => PasswordHasher.Hash(Guid.NewGuid().ToString()));

    public bool HasUsers => options.CurrentValue.Users.Count > 0;

    /// <summary>A new account with its password hashed, ready for <see cref="AdminUserFile.AddOrUpdateAsync"/>.</summary>
    public static AdminUserOptions CreateUser(string userName, string password)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        ArgumentException.ThrowIfNullOrEmpty(password);
        if (AdminPasswordPolicy.Refusal(userName, password) is { } refusal)
        {
            throw new ArgumentException(refusal, nameof(password));
        }

        return new AdminUserOptions { UserName = userName.Trim(), PasswordHash = PasswordHasher.Hash(password) };
    }

    /// <summary>The account's canonical user name when the password matches; null otherwise.</summary>
    public string? Verify(string? userName, string? password)
    {
        var user = options.CurrentValue.Users.FirstOrDefault(u =>
            string.Equals(u.UserName.Trim(), userName?.Trim(), StringComparison.OrdinalIgnoreCase));
        var matches = PasswordHasher.Verify(password ?? string.Empty, user?.PasswordHash ?? DecoyHash.Value);
        return matches && user is not null ? user.UserName.Trim() : null;
    }
}

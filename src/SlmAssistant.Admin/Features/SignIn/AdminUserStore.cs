using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Admin.Features.SignIn;

/// <summary>The local admin accounts from configuration ("Admin:Users"), re-read when the configuration changes.</summary>
public sealed class AdminUserStore(IOptionsMonitor<AdminOptions> options)
{
    // Verifying against a decoy when the user is unknown makes "no such user" take as long as "wrong password": the
    // decoy has the iteration count of the configured accounts, so the two cost the same PBKDF2 work.
    private static readonly ConcurrentDictionary<int, string> Decoys = new();

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
        var matches = PasswordHasher.Verify(password ?? string.Empty, user?.PasswordHash ?? DecoyHash);
        return matches && user is not null ? user.UserName.Trim() : null;
    }

    /// <summary>What an unknown user name is verified against.</summary>
    internal string DecoyHash
    {
        get
        {
            var iterations = options.CurrentValue.Users.Select(u => PasswordHasher.IterationsOf(u.PasswordHash) ?? 0)
                .DefaultIfEmpty(0).Max() is > 0 and var most ? most : PasswordHasher.DefaultIterations;
            return Decoys.GetOrAdd(iterations, static n => PasswordHasher.Hash(Guid.NewGuid().ToString(), n));
        }
    }
}

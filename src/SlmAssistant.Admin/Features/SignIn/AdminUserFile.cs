using System.Text.Json;
using System.Text.Json.Nodes;

namespace SlmAssistant.Admin.Features.SignIn;

/// <summary>
/// Writes admin accounts into a local JSON settings file (appsettings.Local.json), keeping whatever else it holds, so
/// `slm admin add-user` never needs a password in a command line or in source control.
/// </summary>
public static class AdminUserFile
{
    public const string DefaultFileName = "appsettings.Local.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Adds the user, or replaces the hash of a user with the same name (case-insensitive).</summary>
    public static async Task AddOrUpdateAsync(string path, AdminUserOptions user, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(user);
        JsonObject root = File.Exists(path)
            ? JsonNode.Parse(await File.ReadAllTextAsync(path, cancellationToken)) as JsonObject ?? []
            : [];
        var admin = root[AdminOptions.SectionName] as JsonObject ?? [];
        root[AdminOptions.SectionName] = admin;
        var users = admin[nameof(AdminOptions.Users)] as JsonArray ?? [];
        admin[nameof(AdminOptions.Users)] = users;

        var existing = users.OfType<JsonObject>().FirstOrDefault(u =>
            string.Equals((string?)u[nameof(AdminUserOptions.UserName)], user.UserName, StringComparison.OrdinalIgnoreCase));
        if (existing is null)
        {
            users.Add(new JsonObject { [nameof(AdminUserOptions.UserName)] = user.UserName, [nameof(AdminUserOptions.PasswordHash)] = user.PasswordHash });
        }
        else
        {
            existing[nameof(AdminUserOptions.PasswordHash)] = user.PasswordHash;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllTextAsync(temporary, root.ToJsonString(Indented), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The same account as environment variables (for containers), with the index it should take.</summary>
    public static IReadOnlyList<string> EnvironmentLines(AdminUserOptions user, int index = 0)
    {
        ArgumentNullException.ThrowIfNull(user);
        return
        [
            $"Admin__Users__{index}__UserName={user.UserName}",
            $"Admin__Users__{index}__PasswordHash={user.PasswordHash}",
        ];
    }
}

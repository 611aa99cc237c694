using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SlmAssistant.Bot.Teams;

/// <summary>
/// Writes a Teams app package (a zip of manifest.json, color.png and outline.png) that installs the bot in Teams:
/// manifest schema 1.19, the bot in personal, team and group-chat scopes, the endpoint's host as the valid domain.
/// </summary>
public static class TeamsPackageWriter
{
    public const string ManifestVersion = "1.19";
    public const string SchemaUrl = "https://developer.microsoft.com/en-us/json-schemas/teams/v1.19/MicrosoftTeams.schema.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <param name="appId">The bot's Microsoft App ID (a GUID), also the Teams app id.</param>
    /// <param name="endpoint">The bot's public messaging endpoint (https://host/api/messages).</param>
    /// <param name="outputPath">Where the zip goes; an existing file is replaced.</param>
    public static void Write(string appId, string endpoint, string outputPath, TeamsPackageOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        options ??= new TeamsPackageOptions();
        var manifest = CreateManifest(appId, endpoint, options);

        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using var file = new FileStream(outputPath, FileMode.Create, FileAccess.Write);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        Add(zip, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(manifest, Indented));
        Add(zip, "color.png", TeamsIcons.Color(options.AccentColor));
        Add(zip, "outline.png", TeamsIcons.Outline());
    }

    /// <summary>The manifest, after checking that the app id is a GUID and the endpoint an https URL.</summary>
    public static JsonObject CreateManifest(string appId, string endpoint, TeamsPackageOptions options)
    {
        if (!Guid.TryParse(appId, out var id))
        {
            throw new ArgumentException($"The app id '{appId}' is not a GUID (the Microsoft App ID of the bot's Azure registration).", nameof(appId));
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"The endpoint '{endpoint}' must be an absolute https URL (Teams reaches bots over HTTPS only).", nameof(endpoint));
        }

        TeamsIcons.ParseColor(options.AccentColor);
        var site = uri.GetLeftPart(UriPartial.Authority);
        var appIdText = id.ToString("D");
        return new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["manifestVersion"] = ManifestVersion,
            ["version"] = options.Version,
            ["id"] = appIdText,
            ["developer"] = new JsonObject
            {
                ["name"] = options.DeveloperName,
                ["websiteUrl"] = site,
                ["privacyUrl"] = site,
                ["termsOfUseUrl"] = site,
            },
            ["name"] = new JsonObject { ["short"] = Truncate(options.ShortName, 30), ["full"] = Truncate(options.FullName, 100) },
            ["description"] = new JsonObject
            {
                ["short"] = Truncate(options.ShortDescription, 80),
                ["full"] = Truncate(options.FullDescription, 4000),
            },
            ["icons"] = new JsonObject { ["color"] = "color.png", ["outline"] = "outline.png" },
            ["accentColor"] = options.AccentColor.ToUpperInvariant(),
            ["bots"] = new JsonArray
            {
                new JsonObject
                {
                    ["botId"] = appIdText,
                    ["scopes"] = new JsonArray("personal", "team", "groupChat"),
                    ["supportsFiles"] = false,
                    ["isNotificationOnly"] = false,
                },
            },
            ["permissions"] = new JsonArray("identity", "messageTeamMembers"),
            ["validDomains"] = new JsonArray(uri.Host),
        };
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

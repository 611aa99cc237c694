using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Bot.Content;

/// <summary>Reads the domain profiles in Bot:DomainsDirectory once, on first use. A missing folder means no domains.</summary>
public sealed class DomainFileBotContent(IOptions<BotOptions> options, ILogger<DomainFileBotContent> logger) : IBotContent
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly Lazy<IReadOnlyList<BotDomain>> _domains = new(() => Load(options.Value.DomainsDirectory, logger));

    public IReadOnlyList<BotDomain> Domains => _domains.Value;

    public BotDomain? Find(string? name) =>
        name is null ? null : Domains.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    private static List<BotDomain> Load(string directory, ILogger logger)
    {
        if (!Directory.Exists(directory))
        {
            logger.LogWarning("No domain profiles at {Directory}: the welcome message has no starter questions", Path.GetFullPath(directory));
            return [];
        }

        var domains = new List<BotDomain>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var profile = JsonSerializer.Deserialize<DomainProfileFile>(File.ReadAllText(file), JsonOptions);
                var name = profile?.Name ?? Path.GetFileNameWithoutExtension(file);
                domains.Add(new BotDomain(
                    name,
                    string.IsNullOrWhiteSpace(profile?.DisplayName) ? name : profile.DisplayName,
                    profile?.Organization,
                    profile?.Handoff,
                    profile?.StarterQuestions?.Where(q => !string.IsNullOrWhiteSpace(q)).ToList() ?? []));
            }
            catch (JsonException ex)
            {
                // One broken profile must not take the bot down; it loses that domain's welcome texts only.
                logger.LogError(ex, "Domain profile {File} is not valid JSON and is skipped", file);
            }
        }

        return domains;
    }

    private sealed record DomainProfileFile(
        string? Name,
        string? DisplayName,
        string? Organization,
        string? Handoff,
        IReadOnlyList<string>? StarterQuestions);
}

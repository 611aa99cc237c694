using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Domains;

namespace SlmAssistant.Answering.Domains;

/// <summary>
/// The domain profiles found in plugins/Domains/*.json, loaded once. A profile that is not valid JSON stops the start
/// with its file name: a domain silently without its disclaimer or handoff would be worse.
/// </summary>
public sealed class DomainCatalog : IDomainCatalog
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly FrozenDictionary<string, DomainProfile> _profiles;

    public DomainCatalog(IOptions<AnsweringOptions> options)
        : this(Load(Path.Combine(options.Value.PluginsDirectory, "Domains")))
    {
    }

    public DomainCatalog(IEnumerable<DomainProfile> profiles) =>
        _profiles = profiles.ToFrozenDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<DomainProfile> All => _profiles.Values;

    public DomainProfile Resolve(string? domain) => Find(domain) ?? DomainProfile.Fallback(domain ?? "general");

    public DomainProfile? Find(string? domain) =>
        domain is not null && _profiles.TryGetValue(domain, out var profile) ? profile : null;

    private static List<DomainProfile> Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var profiles = new List<DomainProfile>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var profile = JsonSerializer.Deserialize<DomainProfile>(File.ReadAllText(file), JsonOptions)
                    ?? throw new InvalidDataException("the file is empty");
                profiles.Add(profile);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"Domain profile {file} is not valid: {ex.Message}", ex);
            }
        }

        return profiles;
    }
}

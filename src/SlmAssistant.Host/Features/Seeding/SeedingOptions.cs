using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Host.Features.Seeding;

public sealed class SeedingOptions
{
    public const string SectionName = "Seeding";

    /// <summary>Ingest <see cref="Path"/> when the host starts (unchanged files cost only a hash).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Folder of knowledge to ingest at start-up; subfolders name the domains.</summary>
    [Required]
    public string Path { get; set; } = "knowledge";

    /// <summary>Remove stored documents whose files under <see cref="Path"/> are gone.</summary>
    public bool Sync { get; set; } = true;
}

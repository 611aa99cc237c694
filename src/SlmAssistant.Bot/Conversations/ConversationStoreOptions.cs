using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Bot.Conversations;

/// <summary>
/// Where conversations are kept: the knowledge database ("Knowledge:DataDirectory"/knowledge.db), in tables of their
/// own, so one file holds everything a deployment knows.
/// </summary>
public sealed class ConversationStoreOptions
{
    public const string SectionName = "Knowledge";

    public const string DatabaseFileName = "knowledge.db";

    [Required]
    public string DataDirectory { get; set; } = "data";

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, DatabaseFileName));
}

using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Admin;

/// <summary>
/// Where the knowledge database lives ("Knowledge:DataDirectory", shared with the store): the console keeps its own
/// tables in the same knowledge.db and the uploaded files beside it.
/// </summary>
public sealed class KnowledgeDataOptions
{
    public const string SectionName = "Knowledge";

    public const string DatabaseFileName = "knowledge.db";

    [Required]
    public string DataDirectory { get; set; } = "data";

    public string DataPath => Path.GetFullPath(DataDirectory);

    public string DatabasePath => Path.Combine(DataPath, DatabaseFileName);

    public string UploadsPath => Path.Combine(DataPath, "uploads");
}

using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Storage;

/// <summary>
/// The one place that says where a deployment keeps its state: "Knowledge:DataDirectory" holds the embedded database
/// (<see cref="DatabaseFileName"/>) and the uploaded files beside it.
/// </summary>
public sealed class DataDirectoryOptions
{
    public const string SectionName = "Knowledge";

    public const string DatabaseFileName = "knowledge.db";

    /// <summary>Relative to the working directory unless absolute; created on first use.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    public string DataPath => Path.GetFullPath(DataDirectory);

    public string DatabasePath => Path.Combine(DataPath, DatabaseFileName);

    public string UploadsPath => Path.Combine(DataPath, "uploads");

    /// <summary>Secrets generated on first use (<see cref="SecretFile"/>) and the Data Protection key ring.</summary>
    public string KeysPath => Path.Combine(DataPath, "keys");
}

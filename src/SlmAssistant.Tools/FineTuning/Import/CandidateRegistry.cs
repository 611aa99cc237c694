using System.Text.Json;

namespace SlmAssistant.Tools.FineTuning.Import;

/// <summary>
/// The candidate adapters of a model: their files and <c>candidates.json</c> in one folder (by default
/// <c>&lt;model&gt;/candidates</c>, beside the model they were checked against).
/// </summary>
public sealed class CandidateRegistry(string directory)
{
    public const string RegistryFile = "candidates.json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Directory { get; } = Path.GetFullPath(directory);

    public string RegistryPath => Path.Combine(Directory, RegistryFile);

    public IReadOnlyList<AdapterCandidate> List() =>
        File.Exists(RegistryPath)
            ? JsonSerializer.Deserialize<List<AdapterCandidate>>(File.ReadAllText(RegistryPath), Json) ?? []
            : [];

    /// <summary>A name already registered with other contents, or <see langword="null"/>.</summary>
    public AdapterCandidate? Conflict(string name, string sha256) =>
        List().FirstOrDefault(candidate => candidate.Name == name && candidate.Sha256 != sha256);

    /// <summary>Copies the files in and records them; a name registered with the same contents is kept as it was.</summary>
    public IReadOnlyList<AdapterCandidate> Add(IReadOnlyList<(string SourcePath, AdapterCandidate Candidate)> imports)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var candidates = List().ToList();
        var added = new List<AdapterCandidate>();
        foreach (var (sourcePath, candidate) in imports)
        {
            var existing = candidates.FirstOrDefault(known => known.Name == candidate.Name);
            if (existing is not null)
            {
                added.Add(existing);
                continue;
            }

            File.Copy(sourcePath, Path.Combine(Directory, candidate.File), overwrite: true);
            candidates.Add(candidate);
            added.Add(candidate);
        }

        var temporary = RegistryPath + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(candidates, Json));
        File.Move(temporary, RegistryPath, overwrite: true);
        return added;
    }
}

using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SlmAssistant.Storage;

namespace SlmAssistant.Ingestion.Queue;

/// <summary>
/// Keeps uploaded bytes under &lt;DataDirectory&gt;/uploads/&lt;random id&gt;. Ids are 32 hex digits made here; any
/// other id is refused, so nothing a client sends can name a path.
/// </summary>
public sealed partial class UploadStorage(IOptions<DataDirectoryOptions> options)
{
    public string Root { get; } = options.Value.UploadsPath;

    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Writes the bytes to a temporary file and renames it, so a stored upload is always complete.</summary>
    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(Root);
        var id = NewId();
        var temporary = Path.Combine(Root, $"{id}.partial");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }

            File.Move(temporary, PathOf(id));
            return id;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public FileStream Open(string id) =>
        new(PathOf(id), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public bool Exists(string id) => File.Exists(PathOf(id));

    public void Delete(string id) => File.Delete(PathOf(id));

    public string PathOf(string id) =>
        IdPattern().IsMatch(id ?? string.Empty) ? Path.Combine(Root, id!) : throw new ArgumentException("Not an upload id.", nameof(id));

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdPattern();
}

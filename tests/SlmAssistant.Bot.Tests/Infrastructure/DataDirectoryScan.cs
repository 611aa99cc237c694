using System.Text;

namespace SlmAssistant.Bot.Tests.Infrastructure;

/// <summary>Looks for texts in the raw bytes of every file under a data directory (database, write-ahead log, keys).</summary>
public static class DataDirectoryScan
{
    /// <returns>"file: secret" for every secret found; empty when none is anywhere.</returns>
    public static IReadOnlyList<string> Find(string directory, IEnumerable<string> secrets) =>
        Find(directory, secrets.Select(s => (s, Encoding.UTF8.GetBytes(s))));

    /// <returns>The files that hold <paramref name="bytes"/> anywhere in them.</returns>
    public static IReadOnlyList<string> FindBytes(string directory, byte[] bytes) =>
        Find(directory, [("bytes", bytes)]).Select(found => found.Split(':')[0]).ToList();

    private static List<string> Find(string directory, IEnumerable<(string Text, byte[] Bytes)> secrets)
    {
        var needles = secrets.ToList();
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            byte[] bytes;
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            using (var memory = new MemoryStream())
            {
                stream.CopyTo(memory);
                bytes = memory.ToArray();
            }

            found.AddRange(needles.Where(n => bytes.AsSpan().IndexOf(n.Bytes) >= 0).Select(n => $"{Path.GetFileName(file)}: {n.Text}"));
        }

        return found;
    }
}

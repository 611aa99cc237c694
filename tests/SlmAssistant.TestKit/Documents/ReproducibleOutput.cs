using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SlmAssistant.TestKit.Documents;

/// <summary>
/// Makes generated documents byte-for-byte reproducible, so regenerating knowledge/ from unchanged sources leaves git
/// clean: PdfPig writes a random trailer /ID, the OpenXml packager random relationship ids, a random core-properties
/// part name and the current time on every zip entry.
/// </summary>
public static partial class ReproducibleOutput
{
    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Replaces the trailer's /ID with a hash of the rest of the file (same length, so xref offsets hold).</summary>
    public static byte[] Pdf(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var match = PdfId().Match(text);
        if (!match.Success)
        {
            return pdf;
        }

        var withoutId = text.Remove(match.Index, match.Length);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.Latin1.GetBytes(withoutId)));
        var id = $"/ID [ <{hash[..32]}><{hash[32..64]}>]";
        return Encoding.Latin1.GetBytes(text.Remove(match.Index, match.Length).Insert(match.Index, id));
    }

    /// <summary>Rewrites the package with ordered ids (R1, R2, ...), a fixed core-properties name and fixed entry times.</summary>
    public static byte[] Docx(byte[] docx)
    {
        using var input = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var entries = input.Entries.Select(e => (e.FullName, Content: Read(e))).ToList();

        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, content) in entries)
        {
            foreach (Match id in RelationshipId().Matches(content))
            {
                renames.TryAdd(id.Groups[1].Value, $"R{renames.Count + 1}");
            }
        }

        string Rename(string value)
        {
            var renamed = CorePropertiesName().Replace(value, "core-properties/core.psmdcp");
            return RandomRelationshipToken().Replace(renamed, m => renames.GetValueOrDefault(m.Value, m.Value));
        }

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(Rename(name), CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var stream = entry.Open();
                var bytes = Encoding.UTF8.GetBytes(Rename(content));
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"/ID \[ ?<[0-9A-Fa-f]*> ?<[0-9A-Fa-f]*> ?\]")]
    private static partial Regex PdfId();

    [GeneratedRegex(@"Id=""(R[0-9a-f]{16})""")]
    private static partial Regex RelationshipId();

    [GeneratedRegex(@"\bR[0-9a-f]{16}\b")]
    private static partial Regex RandomRelationshipToken();

    [GeneratedRegex(@"core-properties/[0-9a-f]{32}\.psmdcp")]
    private static partial Regex CorePropertiesName();
}

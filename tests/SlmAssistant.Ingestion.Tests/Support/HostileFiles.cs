using System.IO.Compression;
using System.Text;

namespace SlmAssistant.Ingestion.Tests.Support;

/// <summary>
/// Hostile documents generated from <see cref="Samples"/>, shared by the extractor tests (one refusal each) and the
/// hostile corpus test (all of them in one run).
/// </summary>
public static class HostileFiles
{
    /// <summary>The returns PDF cut in half: its cross-reference table and trailer are gone.</summary>
    public static byte[] TruncatedPdf()
    {
        var pdf = Samples.ReturnsPdf();
        return pdf[..(pdf.Length / 2)];
    }

    /// <summary>The returns PDF whose trailer names a standard security handler: it reads as encrypted.</summary>
    public static byte[] EncryptedPdf()
    {
        var encrypt = $"/Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -1028 /O <{new string('A', 64)}> /U <{new string('B', 64)}> >> /Info";
        return ReplaceInPdf(Samples.ReturnsPdf(), "/Info", encrypt, last: true);
    }

    /// <summary>The returns DOCX with a 64 MB entry of zeros that compresses to a few dozen KB.</summary>
    public static byte[] ZipBombDocx() => AddZipEntry(Samples.ReturnsDocx(), "word/media/padding.bin", new byte[64 * 1024 * 1024]);

    public static string NestedDivsHtml(int depth, string text) =>
        $"<!doctype html><html><body>{Repeat("<div>", depth)}{text}{Repeat("</div>", depth)}</body></html>";

    /// <summary>A markdown list nested <paramref name="depth"/> levels on one line ("- - - … text").</summary>
    public static string NestedMarkdownList(int depth, string text) => Repeat("- ", depth) + text + "\n";

    public static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    /// <summary>Edits PDF bytes as Latin-1 text; edits after the xref table keep its offsets valid.</summary>
    public static byte[] ReplaceInPdf(byte[] pdf, string find, string replacement, bool last = false)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = last ? text.LastIndexOf(find, StringComparison.Ordinal) : text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not found in the PDF");
        return Encoding.Latin1.GetBytes(text[..at] + replacement + text[(at + find.Length)..]);
    }

    public static byte[] AddZipEntry(byte[] zip, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(zip);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            entry.Write(content);
        }

        return stream.ToArray();
    }
}

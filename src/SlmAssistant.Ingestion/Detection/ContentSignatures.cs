namespace SlmAssistant.Ingestion.Detection;

/// <summary>Magic numbers of the containers we read and of common binaries we refuse by name.</summary>
internal static class ContentSignatures
{
    private static readonly (byte[] Magic, string Name)[] Binaries =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ("GIF8"u8.ToArray(), "GIF image"),
        ("BM"u8.ToArray(), "BMP image"),
        ([0x49, 0x49, 0x2A, 0x00], "TIFF image"),
        ([0x4D, 0x4D, 0x00, 0x2A], "TIFF image"),
        ([0x1F, 0x8B], "gzip archive"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF], "7-Zip archive"),
        ("Rar!"u8.ToArray(), "RAR archive"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "executable"),
        ("MZ"u8.ToArray(), "executable"),
        ("{\\rtf"u8.ToArray(), "RTF document: save it as .docx or PDF"),
        ("ID3"u8.ToArray(), "audio"),
        ("OggS"u8.ToArray(), "audio"),
        ("SQLite format 3"u8.ToArray(), "SQLite database"),
    ];

    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The header may follow a little junk; readers accept it within the first kilobyte.</summary>
    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    public static bool IsZip(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("PK\x03\x04"u8) || bytes.StartsWith("PK\x05\x06"u8);

    public static bool IsOleCompoundFile(ReadOnlySpan<byte> bytes) => bytes.StartsWith(OleMagic);

    public static string? NameBinary(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, name) in Binaries)
        {
            if (bytes.StartsWith(magic))
            {
                // "BM" and "MZ" are also how ordinary text can start; only call them binary if the rest is not text.
                if (magic.Length == 2 && magic[0] != 0x1F && TextSniffer.LooksLikeText(bytes[..Math.Min(bytes.Length, 512)]))
                {
                    continue;
                }

                return name;
            }
        }

        return null;
    }
}

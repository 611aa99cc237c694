using System.IO.Compression;
using SlmAssistant.Ingestion;

namespace SlmAssistant.Admin.Features.Upload;

/// <summary>
/// Refuses a .docx at upload time when it would be refused as a zip bomb at ingestion (same limits, from
/// "Ingestion"): too many entries, too many bytes once inflated, or an entry inflating far past its compressed size.
/// Entries are really inflated (and discarded), because the sizes a ZIP declares can lie.
/// </summary>
internal static class ZipBombCheck
{
    // Small parts (styles, settings) may compress very well without being dangerous.
    private const long RatioGraceBytes = 1024 * 1024;

    /// <summary>Null when the archive is within the limits; otherwise the reason.</summary>
    public static string? Check(ReadOnlyMemory<byte> bytes, IngestionOptions limits)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > limits.MaxArchiveEntries)
            {
                return $"refused as a possible zip bomb: {archive.Entries.Count:N0} ZIP entries (limit {limits.MaxArchiveEntries:N0})";
            }

            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in archive.Entries)
            {
                long inflated = 0;
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    inflated += read;
                    total += read;
                    if (total > limits.MaxArchiveUncompressedBytes)
                    {
                        return $"refused as a possible zip bomb: it inflates to more than {limits.MaxArchiveUncompressedBytes:N0} bytes";
                    }

                    if (inflated > RatioGraceBytes && inflated > Math.Max(1, entry.CompressedLength) * limits.MaxCompressionRatio)
                    {
                        return $"refused as a possible zip bomb: an entry inflates more than {limits.MaxCompressionRatio}x its compressed size";
                    }
                }
            }

            return null;
        }
        catch (InvalidDataException e)
        {
            return $"the Word document is damaged (not a valid ZIP archive): {e.Message}";
        }
    }
}

using System.IO.Compression;
using SlmAssistant.Abstractions.Documents;

namespace SlmAssistant.Ingestion.Extractors.Docx;

/// <summary>
/// Refuses zip bombs before a .docx is parsed: too many entries, too many bytes once inflated, or an entry that inflates
/// far beyond its compressed size. Entries are really inflated (and discarded) while counting, because the sizes a ZIP
/// declares can lie.
/// </summary>
internal static class ZipArchiveGuard
{
    // Small parts (styles, settings) can compress very well without being dangerous.
    private const long RatioGraceBytes = 1024 * 1024;

    public static void Check(byte[] bytes, IngestionOptions limits, string sourceName)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > limits.MaxArchiveEntries)
            {
                throw Refuse(sourceName, $"it has {archive.Entries.Count:N0} ZIP entries (limit {limits.MaxArchiveEntries:N0})");
            }

            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in archive.Entries)
            {
                total += Inflate(entry, buffer, limits, limits.MaxArchiveUncompressedBytes - total, sourceName);
            }
        }
        catch (InvalidDataException e)
        {
            throw new ExtractionException(sourceName, $"the Word document is damaged (not a valid ZIP archive): {e.Message}", e);
        }
    }

    private static long Inflate(ZipArchiveEntry entry, byte[] buffer, IngestionOptions limits, long budget, string sourceName)
    {
        long inflated = 0;
        using var stream = entry.Open();
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            inflated += read;
            if (inflated > budget)
            {
                throw Refuse(sourceName, $"it inflates to more than {limits.MaxArchiveUncompressedBytes:N0} bytes");
            }

            if (inflated > RatioGraceBytes && inflated > Math.Max(1, entry.CompressedLength) * limits.MaxCompressionRatio)
            {
                throw Refuse(sourceName, $"the entry '{entry.FullName}' inflates more than {limits.MaxCompressionRatio}x its compressed size");
            }
        }

        return inflated;
    }

    private static ExtractionException Refuse(string sourceName, string why) =>
        new(sourceName, $"refused as a possible zip bomb: {why}");
}

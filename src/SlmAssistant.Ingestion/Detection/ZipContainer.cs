using System.IO.Compression;
using System.Runtime.InteropServices;
using SlmAssistant.Abstractions.Documents;

namespace SlmAssistant.Ingestion.Detection;

// Inside the namespace so it wins over the OpenXml SDK's root namespace "DocumentFormat".
using DocumentFormat = SlmAssistant.Abstractions.Documents.DocumentFormat;

/// <summary>A ZIP is a Word document when it holds word/document.xml; anything else zipped is not ours.</summary>
internal static class ZipContainer
{
    public const string WordMainPart = "word/document.xml";

    public static FormatDetection Classify(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var archive = new ZipArchive(AsStream(content), ZipArchiveMode.Read);
            return archive.GetEntry(WordMainPart) is not null
                ? new FormatDetection(DocumentFormat.Docx)
                : FormatDetection.Unsupported("unsupported format: a ZIP archive, not a Word document (.docx is the only zipped format read)");
        }
        catch (InvalidDataException)
        {
            return FormatDetection.Unsupported("the file is a damaged ZIP archive (a corrupt or truncated .docx?)");
        }
    }

    public static MemoryStream AsStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}

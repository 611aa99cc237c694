using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Ingestion;
using SlmAssistant.Ingestion.Detection;

namespace SlmAssistant.Admin.Features.Upload;

// Inside the namespace so it wins over the OpenXml SDK's root namespace "DocumentFormat".
using DocumentFormat = SlmAssistant.Abstractions.Documents.DocumentFormat;

/// <summary>
/// Checks an uploaded file before anything is stored: its size against "Admin:MaxUploadBytes" (413) and its format
/// by content, never by name (415), including the zip-bomb limits for Word documents.
/// </summary>
public sealed class UploadInspector(DocumentFormatDetector detector, IOptionsMonitor<AdminOptions> admin, IOptions<IngestionOptions> ingestion)
{
    public long MaxUploadBytes => Math.Min(admin.CurrentValue.MaxUploadBytes, ingestion.Value.MaxFileBytes);

    public UploadInspection InspectSize(string fileName, long length) =>
        length > MaxUploadBytes
            ? UploadInspection.Refused(fileName, StatusCodes.Status413PayloadTooLarge, $"the file is too large: {Megabytes(length)} MB, the limit is {Megabytes(MaxUploadBytes)} MB")
            : UploadInspection.Accepted(fileName, DocumentFormat.Unknown);

    public UploadInspection InspectContent(string fileName, ReadOnlyMemory<byte> content)
    {
        var size = InspectSize(fileName, content.Length);
        if (!size.IsAccepted)
        {
            return size;
        }

        var detection = detector.Detect(content, fileName);
        if (!detection.IsSupported)
        {
            return UploadInspection.Refused(fileName, StatusCodes.Status415UnsupportedMediaType, detection.Reason ?? "unsupported format");
        }

        if (detection.Format == DocumentFormat.Docx && ZipBombCheck.Check(content, ingestion.Value) is string reason)
        {
            return UploadInspection.Refused(fileName, StatusCodes.Status415UnsupportedMediaType, reason);
        }

        return UploadInspection.Accepted(fileName, detection.Format);
    }

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}

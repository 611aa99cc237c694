using SlmAssistant.Abstractions.Documents;

namespace SlmAssistant.Admin.Features.Upload;

// Inside the namespace so it wins over the OpenXml SDK's root namespace "DocumentFormat".
using DocumentFormat = SlmAssistant.Abstractions.Documents.DocumentFormat;

/// <summary>What an uploaded file is, or why it is refused (<see cref="StatusCode"/> 409, 413 or 415).</summary>
public sealed record UploadInspection(string FileName, DocumentFormat Format, int StatusCode, string? Reason)
{
    public bool IsAccepted => Reason is null;

    public static UploadInspection Accepted(string fileName, DocumentFormat format) => new(fileName, format, 202, null);

    public static UploadInspection Refused(string fileName, int statusCode, string reason) => new(fileName, DocumentFormat.Unknown, statusCode, reason);
}

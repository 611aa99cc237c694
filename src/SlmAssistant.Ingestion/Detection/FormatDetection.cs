using SlmAssistant.Abstractions.Documents;

namespace SlmAssistant.Ingestion.Detection;

// Inside the namespace so it wins over the OpenXml SDK's root namespace "DocumentFormat".
using DocumentFormat = SlmAssistant.Abstractions.Documents.DocumentFormat;

/// <summary>What a file turned out to be; <paramref name="Reason"/> says why it cannot be read when the format is unknown.</summary>
public sealed record FormatDetection(DocumentFormat Format, string? Reason = null)
{
    public bool IsSupported => Format != DocumentFormat.Unknown;

    public static FormatDetection Unsupported(string reason) => new(DocumentFormat.Unknown, reason);
}

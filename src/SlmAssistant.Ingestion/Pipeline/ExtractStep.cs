using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Ingestion.Detection;
using SlmAssistant.Ingestion.Extractors;

namespace SlmAssistant.Ingestion.Pipeline;

/// <summary>
/// Step 1: detect the format from the bytes and run that format's extractor. Text formats are decoded here, so a guessed
/// encoding becomes a warning in the report.
/// </summary>
internal sealed class ExtractStep(DocumentFormatDetector detector, IEnumerable<IContentExtractor> extractors)
{
    private readonly Dictionary<SlmAssistant.Abstractions.Documents.DocumentFormat, IContentExtractor> _extractors =
        extractors.GroupBy(e => e.Format).ToDictionary(g => g.Key, g => g.Last());

    public async Task<ExtractedDocument> RunAsync(SourceDocument document, List<string> warnings, CancellationToken cancellationToken)
    {
        var detection = detector.Detect(document.Content, document.Source);
        if (!detection.IsSupported)
        {
            throw new ExtractionException(document.Source, detection.Reason ?? "unsupported format");
        }

        if (!_extractors.TryGetValue(detection.Format, out var extractor))
        {
            throw new ExtractionException(document.Source, $"no extractor is registered for {detection.Format}");
        }

        if (extractor is IDecodedTextExtractor textExtractor)
        {
            var decoded = textExtractor.Decode(document.Content);
            if (decoded.Warning is string warning)
            {
                warnings.Add(warning);
            }

            return textExtractor.Extract(decoded, document.Source);
        }

        using var stream = new MemoryStream(document.Content, writable: false);
        return await extractor.ExtractAsync(stream, document.Source, cancellationToken);
    }
}

using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Ingestion.Detection;
using SlmAssistant.Ingestion.Extractors;

namespace SlmAssistant.Ingestion.Pipeline;

/// <summary>
/// Step 1: detect the format from the bytes and run that format's extractor, within the file's
/// <see cref="ExtractionBudget"/> (time, memory, nesting). Text formats are decoded here, so a guessed encoding becomes
/// a warning in the report.
/// </summary>
internal sealed class ExtractStep(DocumentFormatDetector detector, IEnumerable<IContentExtractor> extractors, IngestionOptions options, TimeProvider time)
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

        using var budget = new ExtractionBudget(document.Source, options, cancellationToken, time);
        // On a thread of its own, so the worker waits on the budget, not on the extractor: an extractor that stops
        // checking its budget is left behind when the budget and a grace period are spent, and the file fails alone.
        var extraction = Task.Run(() => ExtractAsync(extractor, document, warnings, budget), CancellationToken.None);
        try
        {
            var grace = options.ExtractionTimeBudget + TimeSpan.FromSeconds(5);
            var extracted = await extraction.WaitAsync(grace, time, cancellationToken);
            budget.CheckNow();
            return extracted;
        }
        catch (TimeoutException)
        {
            throw budget.TimeSpent();
        }
        catch (OperationCanceledException) when (budget.IsTimeSpent && !cancellationToken.IsCancellationRequested)
        {
            // A binary extractor (PDF, DOCX) observes the budget through its cancellation token.
            throw budget.TimeSpent();
        }
    }

    private static async Task<ExtractedDocument> ExtractAsync(IContentExtractor extractor, SourceDocument document, List<string> warnings, ExtractionBudget budget)
    {
        if (extractor is IDecodedTextExtractor textExtractor)
        {
            var decoded = textExtractor.Decode(document.Content);
            if (decoded.Warning is string warning)
            {
                warnings.Add(warning);
            }

            return textExtractor.Extract(decoded, document.Source, budget);
        }

        using var stream = new MemoryStream(document.Content, writable: false);
        return await extractor.ExtractAsync(stream, document.Source, budget.Token);
    }
}

using System.Text.RegularExpressions;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Ingestion.Decoding;

namespace SlmAssistant.Ingestion.Extractors.Text;

// Inside the namespace so it wins over the OpenXml SDK's root namespace "DocumentFormat".
using DocumentFormat = SlmAssistant.Abstractions.Documents.DocumentFormat;

/// <summary>
/// Reads plain text: paragraphs are separated by blank lines, hard-wrapped lines are rejoined, and list lines stay
/// items of their own. The title is the file name. Decoding is BOM-aware, with a reported Latin-1 fallback.
/// </summary>
public sealed partial class TextContentExtractor : IDecodedTextExtractor
{
    public DocumentFormat Format => DocumentFormat.Text;

    public async Task<ExtractedDocument> ExtractAsync(Stream content, string sourceName, CancellationToken cancellationToken = default)
    {
        var bytes = await ContentReader.ReadAllAsync(content, cancellationToken);
        return Extract(Decode(bytes), sourceName);
    }

    public DecodedText Decode(ReadOnlySpan<byte> content) => TextDecoder.Decode(content);

    public ExtractedDocument Extract(DecodedText text, string sourceName, ExtractionBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var collector = new BlockCollector();
        foreach (var paragraph in BlankLines().Split(text.Text.ReplaceLineEndings("\n").Replace('\f', '\n')))
        {
            budget?.Check();
            var item = new List<string>();
            foreach (var line in paragraph.Split('\n'))
            {
                if (ListMarker().IsMatch(line) && item.Count > 0)
                {
                    collector.Paragraph(string.Join(' ', item));
                    item.Clear();
                }

                item.Add(line);
            }

            collector.Paragraph(string.Join(' ', item));
        }

        return collector.Build(DocumentTitle.FromSourceName(sourceName), DocumentFormat.Text, sourceName);
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^[ \t]*([-*+\u2022]|\d{1,3}[.)])[ \t]+\S")]
    private static partial Regex ListMarker();
}

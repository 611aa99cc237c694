using SlmAssistant.Abstractions.Documents;

namespace SlmAssistant.Ingestion.Extractors;

// Inside the namespace so it wins over the OpenXml SDK's root namespace "DocumentFormat".
using DocumentFormat = SlmAssistant.Abstractions.Documents.DocumentFormat;

/// <summary>
/// Collects blocks in reading order and keeps the heading path: a heading of level N replaces the headings of level N
/// and deeper, so every block carries the headings above it, outermost first.
/// </summary>
internal sealed class BlockCollector
{
    private readonly List<(int Level, string Text)> _headings = [];
    private readonly List<ExtractedBlock> _blocks = [];
    private string[] _path = [];

    public string? FirstHeading { get; private set; }

    public int Count => _blocks.Count;

    public void Heading(int level, string text)
    {
        text = Whitespace.Collapse(text);
        if (text.Length == 0)
        {
            return;
        }

        FirstHeading ??= text;
        while (_headings.Count > 0 && _headings[^1].Level >= level)
        {
            _headings.RemoveAt(_headings.Count - 1);
        }

        _headings.Add((level, text));
        _path = _headings.Select(h => h.Text).ToArray();
    }

    public void Paragraph(string text, int? page = null) => Add(Whitespace.Collapse(text), page);

    /// <summary>Code and preformatted text: line breaks are part of the meaning.</summary>
    public void Preformatted(string text, int? page = null) => Add(Whitespace.CollapseKeepingLines(text), page);

    /// <summary>A row of cells with no table around it: non-empty cells joined with " | ".</summary>
    public void Row(IEnumerable<string> cells, int? page = null) =>
        Add(string.Join(" | ", cells.Select(Whitespace.Collapse).Where(cell => cell.Length > 0)), page);

    /// <summary>A table: each body row becomes a sentence of its own (<see cref="TableSentences"/>).</summary>
    /// <param name="hasHeader">Whether the first row names the columns.</param>
    public void Table(IReadOnlyList<IReadOnlyList<string>> rows, bool hasHeader, int? page = null)
    {
        foreach (var sentence in TableSentences.Of(rows, hasHeader))
        {
            Add(sentence, page);
        }
    }

    public ExtractedDocument Build(string title, DocumentFormat format, string sourceName, int? pageCount = null)
    {
        if (_blocks.Count == 0)
        {
            throw new ExtractionException(sourceName, "the document is empty: no text could be extracted");
        }

        return new ExtractedDocument(Whitespace.Collapse(title), format, _blocks.ToArray()) { PageCount = pageCount };
    }

    private void Add(string text, int? page)
    {
        if (text.Length > 0)
        {
            _blocks.Add(new ExtractedBlock(text, _path, page));
        }
    }
}

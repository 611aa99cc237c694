namespace SlmAssistant.Ingestion.Extractors;

/// <summary>
/// Writes table rows as sentences a reader (and an extractive answer) can quote alone: the row's first cell, then each
/// other cell with its column name. "Kayaks | 30 days | 10%" under "Item | Return window | Restocking fee" becomes
/// "Kayaks — Return window: 30 days; Restocking fee: 10%." The header row says nothing alone and is not kept.
/// </summary>
internal static class TableSentences
{
    public static IEnumerable<string> Of(IReadOnlyList<IReadOnlyList<string>> rows, bool hasHeader)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var header = hasHeader && rows.Count > 1 ? rows[0].Select(Whitespace.Collapse).ToList() : null;
        foreach (var row in header is null ? rows : rows.Skip(1))
        {
            var cells = row.Select(Whitespace.Collapse).ToList();
            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            yield return Sentence(cells, header);
        }
    }

    private static string Sentence(List<string> cells, List<string>? header)
    {
        var label = cells[0];
        var values = new List<string>();
        for (var i = 1; i < cells.Count; i++)
        {
            if (cells[i].Length == 0)
            {
                continue;
            }

            var name = header is not null && i < header.Count ? header[i] : string.Empty;
            values.Add(name.Length == 0 ? cells[i] : $"{name}: {TrimEnd(cells[i])}");
        }

        var text = values.Count == 0 ? label
            : label.Length == 0 ? string.Join("; ", values)
            : header is null ? $"{TrimEnd(label)}: {string.Join("; ", values)}"
            : $"{TrimEnd(label)} — {string.Join("; ", values)}";
        return text.Length > 0 && text[^1] is '.' or '!' or '?' ? text : text + ".";
    }

    private static string TrimEnd(string cell) => cell.TrimEnd('.', ';', ' ');
}

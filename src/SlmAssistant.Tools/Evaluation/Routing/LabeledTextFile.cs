using System.Text.Json;
using SlmAssistant.Routing.Scope;

namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>
/// Loads labelled sentences from JSON Lines (<c>{"text": ..., "label": ...}</c> per line) or CSV (<c>text,label</c>,
/// header optional). A CSV header naming its columns (text; label, category or intent) may list them in any order.
/// </summary>
public static class LabeledTextFile
{
    private static readonly string[] TextColumns = ["text", "question", "utterance", "sentence"];
    private static readonly string[] LabelColumns = ["label", "category", "intent"];

    public static IReadOnlyList<LabeledText> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path);
        var extension = Path.GetExtension(path);
        try
        {
            return extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsv(reader) : ReadJsonLines(reader);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    public static IReadOnlyList<LabeledText> ReadJsonLines(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var items = new List<LabeledText>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var text = Property(root, TextColumns) ?? throw new InvalidDataException($"Line {lineNumber} has no \"text\".");
            var label = Property(root, LabelColumns) ?? throw new InvalidDataException($"Line {lineNumber} has no \"label\".");
            items.Add(new LabeledText(text, label));
        }

        return items;
    }

    public static IReadOnlyList<LabeledText> ReadCsv(TextReader reader)
    {
        var items = new List<LabeledText>();
        var (textColumn, labelColumn) = (0, 1);
        var first = true;
        var recordNumber = 0;
        foreach (var record in CsvRecordReader.Read(reader))
        {
            recordNumber++;
            if (first)
            {
                first = false;
                var header = Array.ConvertAll(record, f => f.Trim());
                var t = IndexOfAny(header, TextColumns);
                var l = IndexOfAny(header, LabelColumns);
                if (t >= 0 && l >= 0)
                {
                    (textColumn, labelColumn) = (t, l);
                    continue;
                }
            }

            if (record.Length <= Math.Max(textColumn, labelColumn))
            {
                throw new InvalidDataException($"Record {recordNumber} has {record.Length} field(s); expected text and label.");
            }

            items.Add(new LabeledText(record[textColumn], record[labelColumn].Trim()));
        }

        return items;
    }

    private static string? Property(JsonElement element, string[] names)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && names.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                return property.Value.GetString();
            }
        }

        return null;
    }

    private static int IndexOfAny(string[] header, string[] names)
    {
        for (var i = 0; i < header.Length; i++)
        {
            if (names.Contains(header[i], StringComparer.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}

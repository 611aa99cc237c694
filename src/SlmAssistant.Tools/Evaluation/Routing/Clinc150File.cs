using System.Text.Json;
using SlmAssistant.Routing.Scope;

namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>Reads CLINC150's data_full.json: keys train, val, test, oos_train, oos_val, oos_test, each a list of [text, intent].</summary>
public static class Clinc150File
{
    public static Clinc150Data Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        try
        {
            return Read(stream);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    public static Clinc150Data Read(Stream stream)
    {
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        return new Clinc150Data(
            Part(root, "train"),
            Part(root, "val"),
            Part(root, "test"),
            Part(root, "oos_train"),
            Part(root, "oos_val"),
            Part(root, "oos_test"));
    }

    private static List<LabeledText> Part(JsonElement root, string key)
    {
        if (!root.TryGetProperty(key, out var part) || part.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"CLINC150 data has no \"{key}\" list.");
        }

        var items = new List<LabeledText>(part.GetArrayLength());
        foreach (var pair in part.EnumerateArray())
        {
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
            {
                throw new InvalidDataException($"\"{key}\" holds an entry that is not [text, intent].");
            }

            items.Add(new LabeledText(pair[0].GetString() ?? "", pair[1].GetString() ?? ""));
        }

        return items;
    }
}

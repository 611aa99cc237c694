using SlmAssistant.Routing.Scope;

namespace SlmAssistant.Routing.Routing;

/// <summary>Reads a folder of exemplar files: each <c>label.txt</c> holds one example per line; lines starting with <c>#</c> are comments.</summary>
public static class ExemplarFiles
{
    public static IReadOnlyList<LabeledText> Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Exemplar folder '{Path.GetFullPath(directory)}' does not exist.");
        }

        var exemplars = new List<LabeledText>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var label = Path.GetFileNameWithoutExtension(file);
            exemplars.AddRange(Parse(File.ReadLines(file)).Select(text => new LabeledText(text, label)));
        }

        return exemplars;
    }

    public static IEnumerable<string> Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            var text = line.Trim();
            if (text.Length > 0 && text[0] != '#')
            {
                yield return text;
            }
        }
    }
}

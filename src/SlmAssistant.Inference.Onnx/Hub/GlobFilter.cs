using System.Text;
using System.Text.RegularExpressions;

namespace SlmAssistant.Inference.Onnx.Hub;

/// <summary>fnmatch-style include patterns, as <c>huggingface-cli download --include</c> reads them.</summary>
internal sealed class GlobFilter
{
    private readonly Regex[] _patterns;

    public GlobFilter(IEnumerable<string> patterns) =>
        _patterns = [.. patterns.Where(pattern => pattern.Length > 0).Select(ToRegex)];

    public bool Includes(string path) => _patterns.Length == 0 || _patterns.Any(pattern => pattern.IsMatch(path));

    private static Regex ToRegex(string pattern)
    {
        if (pattern.EndsWith('/'))
        {
            pattern += "*";
        }

        var regex = new StringBuilder("^");
        foreach (var c in pattern)
        {
            regex.Append(c switch
            {
                '*' => ".*",
                '?' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}

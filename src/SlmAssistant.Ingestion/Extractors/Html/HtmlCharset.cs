using System.Text;
using System.Text.RegularExpressions;

namespace SlmAssistant.Ingestion.Extractors.Html;

/// <summary>The charset an HTML page declares in a meta tag within its first kilobytes, as browsers look for it.</summary>
internal static partial class HtmlCharset
{
    public static string? Find(ReadOnlySpan<byte> content)
    {
        var head = Encoding.ASCII.GetString(content[..Math.Min(content.Length, 4096)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_:.-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}

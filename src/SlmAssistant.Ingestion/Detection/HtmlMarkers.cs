namespace SlmAssistant.Ingestion.Detection;

/// <summary>How HTML shows itself in its first few kilobytes.</summary>
internal static class HtmlMarkers
{
    private static readonly string[] Openings = ["<!doctype html", "<html", "<?xml"];

    private static readonly string[] Structure = ["<html", "<body", "<head>", "<head ", "<title>", "<meta "];

    public static bool StartsLikeHtml(string head)
    {
        var text = SkipComments(head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n'));
        foreach (var opening in Openings)
        {
            if (text.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return opening != "<?xml" || text.Contains("<html", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    public static bool ContainsHtmlStructure(string head)
    {
        foreach (var marker in Structure)
        {
            if (head.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string SkipComments(string text)
    {
        while (text.StartsWith("<!--", StringComparison.Ordinal))
        {
            var end = text.IndexOf("-->", StringComparison.Ordinal);
            if (end < 0)
            {
                return text;
            }

            text = text[(end + 3)..].TrimStart();
        }

        return text;
    }
}

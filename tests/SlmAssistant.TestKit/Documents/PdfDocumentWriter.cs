using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SlmAssistant.TestKit.Documents;

/// <summary>
/// Writes a <see cref="SampleDocument"/> as a real multi-page PDF with PdfPig's builder: the title at 18 pt and headings
/// at 14 pt in Helvetica-Bold, body text at 11 pt Helvetica, wrapped to the page width, new pages as needed.
/// Standard-14 fonts only cover WinAnsi: text is folded to ASCII first.
/// </summary>
public static class PdfDocumentWriter
{
    public const double TitleSize = 18;
    public const double HeadingSize = 14;
    public const double SubheadingSize = 12.5;
    public const double BodySize = 11;

    private const double Margin = 56;

    public static byte[] Write(SampleDocument document)
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = document.Title;
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var pageSize = PageSize.A4;

        PdfPageBuilder page = builder.AddPage(pageSize);
        var top = page.PageSize.Height - Margin;
        var y = top;
        var width = page.PageSize.Width - (2 * Margin);

        void Line(string text, double size, PdfDocumentBuilder.AddedFont font, double spacingAfter = 0)
        {
            if (y - size < Margin)
            {
                page = builder.AddPage(pageSize);
                y = top;
            }

            page.AddText(text, size, new PdfPoint(Margin, y - size), font);
            y -= (size * 1.35) + spacingAfter;
        }

        void Wrapped(string text, double size, PdfDocumentBuilder.AddedFont font, double spacingAfter)
        {
            var lines = Wrap(ToAscii(text), MaxChars(width, size));
            for (var i = 0; i < lines.Count; i++)
            {
                Line(lines[i], size, font, i == lines.Count - 1 ? spacingAfter : 0);
            }
        }

        Wrapped(document.Title, TitleSize, bold, 10);
        foreach (var section in document.Sections)
        {
            if (section.Heading.Length > 0)
            {
                // Keep a heading with the first lines of its section.
                if (y - 70 < Margin)
                {
                    page = builder.AddPage(pageSize);
                    y = top;
                }

                Wrapped(section.Heading, section.Level == 1 ? HeadingSize : SubheadingSize, bold, 4);
            }

            foreach (var paragraph in section.Paragraphs)
            {
                Wrapped(paragraph, BodySize, regular, 6);
            }
        }

        return ReproducibleOutput.Pdf(builder.Build());
    }

    // Helvetica averages about half an em per character; 0.52 keeps lines inside the margin.
    private static int MaxChars(double width, double size) => (int)(width / (size * 0.52));

    private static List<string> Wrap(string text, int maxChars)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > maxChars)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    private static string ToAscii(string text) => text
        .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
        .Replace("\u2013", "-", StringComparison.Ordinal).Replace("\u2014", " - ", StringComparison.Ordinal)
        .Replace("\u2026", "...", StringComparison.Ordinal).Replace('\u00A0', ' ');
}

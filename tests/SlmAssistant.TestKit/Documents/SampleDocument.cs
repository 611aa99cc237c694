namespace SlmAssistant.TestKit.Documents;

/// <summary>A simple structured document: a title and sections of paragraphs. Written out as PDF or DOCX.</summary>
public sealed record SampleDocument(string Title, IReadOnlyList<SampleSection> Sections)
{
    /// <summary>
    /// Reads a small Markdown subset: "# Title", "## Heading" / "### Subheading", paragraphs separated by blank lines,
    /// "- " list items (each its own paragraph). Lines of one paragraph are joined with spaces.
    /// </summary>
    public static SampleDocument ParseMarkdown(string markdown)
    {
        var title = "Untitled";
        var sections = new List<SampleSection>();
        var current = new SampleSection(1, string.Empty, []);
        var paragraph = new List<string>();

        void FlushParagraph()
        {
            if (paragraph.Count > 0)
            {
                ((List<string>)current.Paragraphs).Add(string.Join(' ', paragraph));
                paragraph.Clear();
            }
        }

        void StartSection(int level, string heading)
        {
            FlushParagraph();
            if (current.Heading.Length > 0 || current.Paragraphs.Count > 0)
            {
                sections.Add(current);
            }

            current = new SampleSection(level, heading, new List<string>());
        }

        current = new SampleSection(1, string.Empty, new List<string>());
        foreach (var raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                FlushParagraph();
                title = line[2..].Trim();
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                StartSection(2, line[4..].Trim());
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                StartSection(1, line[3..].Trim());
            }
            else if (line.Length == 0)
            {
                FlushParagraph();
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                FlushParagraph();
                paragraph.Add(line);
                FlushParagraph();
            }
            else
            {
                paragraph.Add(line);
            }
        }

        StartSection(1, string.Empty);
        return new SampleDocument(title, sections);
    }
}

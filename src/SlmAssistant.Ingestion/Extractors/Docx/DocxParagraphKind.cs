namespace SlmAssistant.Ingestion.Extractors.Docx;

/// <summary>What a Word paragraph is, from its style: the document title, a heading (level 1-9) or body text.</summary>
internal readonly record struct DocxParagraphKind(bool IsTitle, int HeadingLevel)
{
    public static DocxParagraphKind Title { get; } = new(true, 0);

    public static DocxParagraphKind Body { get; } = new(false, 0);

    public static DocxParagraphKind Heading(int level) => new(false, level);

    public bool IsHeading => HeadingLevel > 0;
}

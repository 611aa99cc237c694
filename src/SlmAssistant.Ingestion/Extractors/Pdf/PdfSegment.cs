namespace SlmAssistant.Ingestion.Extractors.Pdf;

/// <summary>Consecutive lines that form one paragraph, list item or (wrapped) heading.</summary>
internal sealed class PdfSegment(PdfTextLine first, bool isHeading)
{
    public List<PdfTextLine> Lines { get; } = [first];

    public PdfTextLine First => Lines[0];

    public PdfTextLine Last => Lines[^1];

    public bool IsHeading { get; set; } = isHeading;

    public double FontSize => First.FontSize;

    public string Text => PdfText.JoinLines(Lines.Select(line => line.Text));
}

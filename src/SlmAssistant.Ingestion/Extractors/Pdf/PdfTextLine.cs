namespace SlmAssistant.Ingestion.Extractors.Pdf;

/// <summary>One line of text as laid out on a page, in reading order.</summary>
/// <param name="Block">Layout block the line belongs to, unique across the document: lines of different blocks never join.</param>
/// <param name="FontSize">Median point size of the line's letters, rounded to half a point.</param>
/// <param name="Baseline">Y of the line's baseline; PDF y grows upwards.</param>
internal sealed record PdfTextLine(int Page, int Block, string Text, double FontSize, double Baseline);

namespace SlmAssistant.TestKit.Documents;

/// <param name="Level">1 for a top-level heading, 2 for a subheading.</param>
/// <param name="Heading">Empty for text before the first heading.</param>
public sealed record SampleSection(int Level, string Heading, IReadOnlyList<string> Paragraphs);

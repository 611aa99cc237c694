namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>What ingestion noticed about a sentence, so the composer never quotes it on its own.</summary>
[Flags]
public enum SentenceTraits
{
    None = 0,

    /// <summary>Page furniture: a last-updated line, "this page explains…", copyright, navigation.</summary>
    Boilerplate = 1,

    /// <summary>Introduces a list ("The following do not count as downtime:"): meaningless without its items.</summary>
    ListIntro = 2,

    /// <summary>A table row, written as "row — column: value; …".</summary>
    TableRow = 4,

    /// <summary>Too short to say anything alone (a heading-like fragment).</summary>
    Fragment = 8,

    /// <summary>An example of a rule ("For example, …"): it supports the rule, it does not state it.</summary>
    Example = 16,
}

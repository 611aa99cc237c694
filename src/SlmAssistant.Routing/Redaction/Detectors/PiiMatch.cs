namespace SlmAssistant.Routing.Redaction.Detectors;

/// <param name="Key">What makes two matches "the same value" (digits of a card, a lower-cased email), so they share a placeholder.</param>
internal readonly record struct PiiMatch(string Type, int Start, int Length, string Key)
{
    public int End => Start + Length;

    public bool Overlaps(PiiMatch other) => Start < other.End && other.Start < End;
}

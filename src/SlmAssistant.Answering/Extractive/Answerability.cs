using SlmAssistant.Answering.Understanding;

namespace SlmAssistant.Answering.Extractive;

/// <summary>
/// Whether the chosen sentences answer the question at all: they must name its subject (no focus word the documents
/// never use, enough of the focus words in the lead), be close enough to it, and hold the kind of fact asked for when
/// that kind can be checked (a duration, an amount, a time, a contact). Otherwise "I don't know" is the honest answer.
/// </summary>
public static class Answerability
{
    public static (bool Answerable, string Reason) Judge(
        SentenceCandidate lead, IReadOnlyList<SentenceCandidate> chosen, QuestionIntent intent, IReadOnlyList<string> unknown, ExtractiveOptions settings)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(unknown);
        ArgumentNullException.ThrowIfNull(settings);
        if (unknown.Count > 0)
        {
            return (false, $"the documents never mention {string.Join(", ", unknown)}");
        }

        if (lead.Similarity < settings.MinSimilarity)
        {
            return (false, $"closest sentence too far ({lead.Similarity:F2})");
        }

        if (intent.Focus.Count > 0 && lead.Coverage < settings.MinCoverage)
        {
            return (false, $"closest sentence names too little of the subject ({lead.Coverage:F2})");
        }

        if (SlotEvidence.IsCheckable(intent.Slot) && !chosen.Any(c => c.HoldsSlot))
        {
            return (false, $"no {intent.Slot.ToString().ToLowerInvariant()} stated");
        }

        return (true, "answered");
    }
}

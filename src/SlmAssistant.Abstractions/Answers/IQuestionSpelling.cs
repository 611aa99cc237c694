namespace SlmAssistant.Abstractions.Answers;

/// <summary>
/// A question with its typing slips corrected against the knowledge's own words ("return windo" → "return window"),
/// so retrieval and routing see what the customer meant.
/// </summary>
public interface IQuestionSpelling
{
    /// <summary>The corrected question, or null when nothing in it needed correcting.</summary>
    Task<string?> CorrectAsync(string question, CancellationToken cancellationToken = default);
}

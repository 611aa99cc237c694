namespace SlmAssistant.Abstractions.Ledger;

/// <summary>
/// Question texts kept outside the conversation store (the answer ledger's, with Ledger:StoreQuestions on). They are
/// personal data like the transcripts, so the conversations' retention and `slm conversations purge` clear them too.
/// </summary>
public interface IRetainedQuestions
{
    /// <summary>Clears the text of every question recorded before <paramref name="before"/>; what is counted stays.</summary>
    /// <returns>How many question texts were cleared.</returns>
    Task<int> ClearQuestionsBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}

namespace SlmAssistant.Answering.Composition;

/// <summary>One step of a composition: text as it is written, then exactly one update carrying the <see cref="Draft"/>.</summary>
public sealed record DraftUpdate(string? TextDelta, AnswerDraft? Draft = null);

namespace SlmAssistant.Abstractions.Answers;

/// <summary>
/// One step of a streamed answer: text deltas as they are generated, then exactly one update with
/// <see cref="Final"/> set (the complete answer, its citations and follow-ups).
/// </summary>
public sealed record AnswerUpdate(string? TextDelta, AnswerResult? Final = null);

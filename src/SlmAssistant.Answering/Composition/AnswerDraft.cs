using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Answering.Composition;

/// <summary>A composed answer before the domain's disclaimer or handoff is added.</summary>
/// <param name="Text">The answer with [n] markers; <paramref name="Citations"/>[n-1] is the source of [n].</param>
/// <param name="Found">False when the sources held no answer; the text is then not shown.</param>
public sealed record AnswerDraft(string Text, IReadOnlyList<Citation> Citations, bool Found, TokenUsage? Usage)
{
    public static AnswerDraft NotFound { get; } = new(string.Empty, [], false, null);
}

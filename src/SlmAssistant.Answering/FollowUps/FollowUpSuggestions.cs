using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Answering.FollowUps;

/// <param name="Usage">Tokens the suggestion cost, when a model wrote it.</param>
public sealed record FollowUpSuggestions(IReadOnlyList<string> Questions, TokenUsage? Usage = null)
{
    public static FollowUpSuggestions None { get; } = new([]);
}

using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Answering.Conversation;

/// <summary>
/// What to search for: the question itself, or, when it is elliptical, the question joined to the latest earlier
/// question that stands on its own ("How long do I have to return a jacket? and for electronics?"), or when the
/// orchestration found that it only makes sense as a follow-up (<see cref="AnswerRequest.FollowsUp"/>). Hybrid search
/// then finds the passages of the new subject in the context of the old one.
/// </summary>
public static class RetrievalQuery
{
    public static string For(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var question = request.Question.Trim();
        if (request.History.Count == 0 || !(request.FollowsUp || EllipticalQuestion.IsElliptical(question)))
        {
            return question;
        }

        var anchor = request.History
            .Where(turn => turn.Role == ConversationTurn.User)
            .Select(turn => turn.Text.Trim())
            .Where(text => text.Length > 0 && !string.Equals(text, question, StringComparison.OrdinalIgnoreCase))
            .LastOrDefault(text => !EllipticalQuestion.IsElliptical(text));
        return anchor is null ? question : $"{anchor} {question}";
    }
}

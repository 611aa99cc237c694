using System.Text;
using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Bot.Handoff;

/// <summary>What the team reads first when it takes over: the customer's questions, and the one left unanswered.</summary>
public static class HandoffSummary
{
    private const int MaxQuestions = 5;

    public static string Write(IReadOnlyList<ConversationTurn> history, string? unanswered, string? domainName)
    {
        ArgumentNullException.ThrowIfNull(history);
        var questions = history
            .Where(t => t.Role == ConversationTurn.User && HandoffReply.Parse(t.Text) is null)
            .Select(t => t.Text.Trim())
            .Where(t => t.Length > 0)
            .TakeLast(MaxQuestions)
            .ToList();
        var text = new StringBuilder("The customer");
        if (domainName is not null)
        {
            text.Append(" (").Append(domainName).Append(')');
        }

        text.Append(questions.Count == 0 ? " asked for a person." : " asked: " + string.Join("; ", questions.Select(Quote)) + ".");
        if (unanswered is not null)
        {
            text.Append(" The assistant could not answer: ").Append(Quote(unanswered)).Append('.');
        }

        return text.ToString();
    }

    private static string Quote(string text) => $"\u201C{(text.Length <= 200 ? text : text[..200] + "…")}\u201D";
}

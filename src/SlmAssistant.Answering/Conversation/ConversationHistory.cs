using System.Text;
using System.Text.RegularExpressions;
using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Answering.Conversation;

/// <summary>
/// The last turns of a conversation as plain text for the prompt. Plain text rather than chat messages: the
/// sources stay in the one user message the model answers, and nothing a user wrote can open a message of its own.
/// </summary>
public static partial class ConversationHistory
{
    /// <summary>Longest text kept of one earlier message.</summary>
    public const int MaxTurnLength = 400;

    /// <returns>"Earlier in this conversation:" and one line per turn, then a blank line; empty without history.</returns>
    public static string Format(IReadOnlyList<ConversationTurn> history, int maxTurns)
    {
        ArgumentNullException.ThrowIfNull(history);
        var turns = history.Where(turn => !string.IsNullOrWhiteSpace(turn.Text)).TakeLast(maxTurns).ToList();
        if (turns.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder("Earlier in this conversation:\n");
        foreach (var turn in turns)
        {
            var speaker = turn.Role == ConversationTurn.Assistant ? "Assistant" : "Customer";
            text.Append(speaker).Append(": ").Append(Clean(turn)).Append('\n');
        }

        return text.Append('\n').ToString();
    }

    private static string Clean(ConversationTurn turn)
    {
        // An earlier answer's [n] markers point at that answer's sources, not at this prompt's.
        var text = turn.Role == ConversationTurn.Assistant ? Marker().Replace(turn.Text, string.Empty) : turn.Text;
        text = Whitespace().Replace(text, " ").Trim();
        return text.Length <= MaxTurnLength ? text : string.Concat(text.AsSpan(0, MaxTurnLength), "…");
    }

    [GeneratedRegex(@"\s*\[\d+\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

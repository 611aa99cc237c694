using System.Collections.Frozen;

namespace SlmAssistant.Bot.Handoff;

/// <summary>The customer's answer to an offer of a person: the buttons' texts, or the same typed in a few words.</summary>
public static class HandoffReply
{
    public const string YesTitle = "Yes, connect me";
    public const string NoTitle = "No, thanks";

    private static readonly FrozenSet<string> Yes = FrozenSet.ToFrozenSet(
    [
        "yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "please", "please do", "yes please", "yes connect me",
        "connect me", "yes i would", "i would", "yes i would like that", "that would be great", "go ahead", "do it",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> No = FrozenSet.ToFrozenSet(
    [
        "no", "n", "nope", "nah", "no thanks", "no thank you", "not now", "no need", "im good", "i am good", "no its fine",
        "thats ok", "thats okay", "its ok", "its okay", "no im fine",
    ], StringComparer.Ordinal);

    /// <returns>True for yes, false for no, null when the text is not an answer to the offer (a new question).</returns>
    public static bool? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = string.Join(' ', new string(text.ToLowerInvariant().Select(c => char.IsLetter(c) || char.IsWhiteSpace(c) ? c : c == '\'' ? '\0' : ' ').Where(c => c != '\0').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Yes.Contains(words) ? true : No.Contains(words) ? false : null;
    }
}

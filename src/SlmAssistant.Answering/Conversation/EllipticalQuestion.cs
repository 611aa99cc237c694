using SlmAssistant.Answering.Extractive;

namespace SlmAssistant.Answering.Conversation;

/// <summary>
/// Recognizes a question that only makes sense against the one before it: "and for electronics?", "what about
/// refunds?", "can I return it?". Such a question alone retrieves the wrong passages, or none. An opener alone is
/// not enough: "what if the jacket I want instead costs more than the one I'm bringing back" stands on its own.
/// </summary>
public static class EllipticalQuestion
{
    /// <summary>A question with at most this many content words leans on the conversation for its subject.</summary>
    public const int MaxContentWords = 2;

    /// <summary>A question that opens like a continuation ("and", "what about") with at most this many content words.</summary>
    public const int MaxContentWordsAfterOpener = 4;

    // Not "what if": "what if my video cuts out in the middle of the appointment" opens a new subject.
    private static readonly string[] Openers =
    [
        "and", "what about", "how about", "or", "also", "same for", "same with", "but what", "then what",
    ];

    public static bool IsElliptical(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Trim();
        var contentWords = QueryTerms.Of(text).Count;
        return contentWords <= MaxContentWords || (contentWords <= MaxContentWordsAfterOpener && StartsWithOpener(text));
    }

    private static bool StartsWithOpener(string text) => Openers.Any(opener =>
        text.StartsWith(opener, StringComparison.OrdinalIgnoreCase)
        && (text.Length == opener.Length || !char.IsLetterOrDigit(text[opener.Length])));
}

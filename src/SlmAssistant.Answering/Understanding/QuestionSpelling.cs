using System.Text;
using System.Text.RegularExpressions;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Answering.Understanding;

/// <summary>
/// Corrects the words of a question that are neither the knowledge's words nor ordinary words of the language: a slip
/// ("deductable", "vacine") becomes the documents' word; a real word they never use ("snowmobile") is left as asked, so
/// a question about something the documents do not cover still reads as one.
/// </summary>
public sealed partial class QuestionSpelling(IKnowledgeVocabulary vocabulary, ICommonWords commonWords) : IQuestionSpelling
{
    // Shorter words have too many neighbours one letter away to correct safely.
    private const int MinLength = 4;

    // Contractions typed without their apostrophe are words, not slips.
    private static readonly HashSet<string> Contractions = new(StringComparer.OrdinalIgnoreCase)
    {
        "whats", "thats", "theres", "heres", "wheres", "hows", "whos", "dont", "doesnt", "didnt", "cant", "wont", "isnt",
        "arent", "wasnt", "werent", "havent", "hasnt", "couldnt", "wouldnt", "shouldnt", "youre", "theyre", "ive", "youve",
        "weve", "theyve", "itll", "youll", "well", "ill", "lets",
    };

    public async Task<string?> CorrectAsync(string question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var slips = Word().Matches(question)
            .Select(m => m.Value)
            .Where(w => w.Length >= MinLength && !Contractions.Contains(w) && !commonWords.IsWord(w.ToLowerInvariant()))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (slips.Count == 0)
        {
            return null;
        }

        var corrections = await vocabulary.CorrectAsync(slips, cancellationToken);
        if (corrections.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder(question.Length);
        var last = 0;
        foreach (Match match in Word().Matches(question))
        {
            if (corrections.TryGetValue(match.Value, out var corrected))
            {
                text.Append(question, last, match.Index - last)
                    .Append(char.IsUpper(match.Value[0]) ? char.ToUpperInvariant(corrected[0]) + corrected[1..] : corrected);
                last = match.Index + match.Length;
            }
        }

        text.Append(question, last, question.Length - last);
        var result = text.ToString();
        return string.Equals(result, question, StringComparison.Ordinal) ? null : result;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}

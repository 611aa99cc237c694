using System.Text.RegularExpressions;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Cli.FineTuning;

/// <summary>
/// The offline question writer: for each informative sentence of a chunk, a question of the kind of fact it states
/// (how long, how much, when, how to reach, what the rule is) about its section and its rarest words in the domain,
/// answered by that sentence. Deterministic and crude next to a teacher model, but it needs no network, and every
/// question is checked by retrieval: the builder reports how often its chunk ranks first for it.
/// </summary>
public sealed partial class SyntheticQuestions
{
    private const int MinWords = 6;
    private const int SubjectWords = 3;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "are", "but", "not", "you", "your", "yours", "with", "this", "that", "these", "those", "from",
        "have", "has", "had", "was", "were", "will", "would", "can", "could", "may", "might", "must", "shall", "should",
        "our", "ours", "its", "their", "they", "them", "there", "here", "what", "when", "where", "which", "who", "whom",
        "how", "why", "all", "any", "each", "every", "some", "such", "than", "then", "also", "only", "into", "onto", "out",
        "about", "after", "before", "over", "under", "within", "without", "between", "per", "via", "upon", "been", "being",
        "does", "did", "doing", "done", "more", "most", "less", "least", "very", "just", "one", "two", "use", "used",
    };

    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);

    /// <param name="domainSentences">Every sentence of the domain, for how rare a word is.</param>
    public SyntheticQuestions(IEnumerable<string> domainSentences)
    {
        ArgumentNullException.ThrowIfNull(domainSentences);
        foreach (var sentence in domainSentences)
        {
            foreach (var word in ContentWords(sentence).Distinct())
            {
                _documentFrequency[word] = _documentFrequency.GetValueOrDefault(word) + 1;
            }
        }
    }

    /// <summary>At least <paramref name="minimum"/> questions (fewer only when the chunk has no sentence to ask about), at most <paramref name="maximum"/>.</summary>
    public IReadOnlyList<SyntheticQuestion> For(KnowledgeChunk chunk, IReadOnlyList<KnowledgeSentence> sentences, int minimum = 3, int maximum = 6)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        ArgumentNullException.ThrowIfNull(sentences);
        var heading = Heading(chunk);
        var informative = sentences
            .Where(s => (s.Traits & (SentenceTraits.Boilerplate | SentenceTraits.Fragment | SentenceTraits.ListIntro)) == 0)
            .Select(s => s.Text.Trim())
            .Where(text => Words().Count(text) >= MinWords)
            .ToList();
        var questions = new List<SyntheticQuestion>();
        for (var variant = 0; variant < 3 && questions.Count < minimum; variant++)
        {
            foreach (var sentence in informative)
            {
                if (questions.Count >= (variant == 0 ? maximum : minimum))
                {
                    break;
                }

                var question = Write(variant, heading, chunk.Title, sentence);
                if (!questions.Any(q => string.Equals(q.Question, question, StringComparison.OrdinalIgnoreCase)))
                {
                    questions.Add(new SyntheticQuestion(question, sentence));
                }
            }
        }

        return questions;
    }

    private string Write(int variant, string heading, string title, string sentence)
    {
        var subject = string.Join(", ", RarestWords(sentence, heading));
        return variant switch
        {
            0 => $"{Opening(sentence)} {heading}: {subject}?",
            1 => $"What does the {title} page say about {heading.ToLowerInvariant()} and {subject}?",
            _ => $"{heading}: is there a rule on {subject}?",
        };
    }

    // The kind of fact the sentence states decides the question's first words.
    private static string Opening(string sentence) =>
        Duration().IsMatch(sentence) ? "How long is it for"
        : Money().IsMatch(sentence) ? "How much is it for"
        : Contact().IsMatch(sentence) ? "How do I get in touch about"
        : Clock().IsMatch(sentence) ? "When is it for"
        : "What is the rule for";

    private IEnumerable<string> RarestWords(string sentence, string heading)
    {
        var inHeading = ContentWords(heading).ToHashSet(StringComparer.Ordinal);
        var words = ContentWords(sentence).Where(w => !inHeading.Contains(w)).Distinct().ToList();
        var rarest = words
            .OrderBy(w => _documentFrequency.GetValueOrDefault(w))
            .ThenBy(words.IndexOf)
            .Take(SubjectWords)
            .ToHashSet(StringComparer.Ordinal);
        return words.Where(rarest.Contains);
    }

    private static string Heading(KnowledgeChunk chunk)
    {
        var path = chunk.SectionPath;
        var separator = path.LastIndexOf(" > ", StringComparison.Ordinal);
        var heading = path.Length == 0 ? chunk.Title : separator < 0 ? path : path[(separator + 3)..];
        return heading.Trim().TrimEnd(':', '.');
    }

    private static IEnumerable<string> ContentWords(string text) =>
        Words().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => (w.Length >= 3 || w.Any(char.IsDigit)) && !StopWords.Contains(w));

    [GeneratedRegex(@"[\p{L}\p{N}$%][\p{L}\p{N}$%.,'-]*(?<=[\p{L}\p{N}%])", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex(@"\b\d+\s*(?:business\s+|calendar\s+)?(?:day|week|month|year|hour|minute)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    [GeneratedRegex(@"[$€£]\s?\d|\b(?:CAD|USD|EUR|GBP)\s?\$?\d|\d\s?%|\bfees?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b\d{3}[-.\s)]\s?\d{3}[-.\s]\d{4}\b|@[\w-]+\.\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Contact();

    [GeneratedRegex(@"\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am|pm)\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clock();
}

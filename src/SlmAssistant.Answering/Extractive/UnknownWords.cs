using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Answering.Understanding;

namespace SlmAssistant.Answering.Extractive;

/// <summary>
/// The question's focus words that the domain's documents never use, each with the closest word they do use and how
/// close the chosen answer sentences come to it: the answerer abstains when one is not said in the answer.
/// </summary>
internal sealed class UnknownWords(IKnowledgeVocabulary vocabulary, VocabularyNeighbours neighbours)
{
    // Everyday words that never name what a question is about, so their absence from the documents says nothing.
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "ago", "yet", "till", "until", "far", "near", "down", "back", "ahead", "right", "now", "soon", "later", "late",
        "early", "second", "first", "last", "next", "old", "new", "big", "small", "put", "went", "go", "going", "look",
        "show", "run", "make", "made", "take", "taking", "give", "giving", "keep", "let", "send", "sent", "guy", "guys",
        "myself", "yourself", "ourselves", "thing", "things", "stuff", "anything", "nothing", "something", "everything",
        "dont", "doesnt", "didnt", "wont", "isnt", "arent", "wasnt", "havent", "hasnt", "couldnt", "wouldnt", "shouldnt",
        "week", "weeks", "month", "months", "today", "tomorrow", "yesterday", "night", "morning", "evening", "normal",
        "usual", "really", "okay", "sure", "lot", "bunch", "kind", "sort",
    };

    /// <summary>Focus words the domain's documents never use, each with the closest word they do use.</summary>
    public async Task<IReadOnlyList<OutOfVocabularyWord>> FindAsync(
        QuestionIntent intent, string question, List<SentenceCandidate> chosen, string? domain, CancellationToken cancellationToken)
    {
        // The vocabulary holds the documents' words as written, so each focus stem is looked up as the customer wrote it
        // ("anything", not "anyth"); a stem the question does not spell out (a corrected misspelling) is looked up as is.
        var surface = SurfaceWords(question);
        var words = intent.Focus
            .Where(w => w.Length >= 3 && !intent.Names.Contains(w) && !w.Any(char.IsDigit))
            .Select(w => surface.GetValueOrDefault(w, w))
            .Where(w => !GenericWords.Contains(w))
            .Distinct()
            .ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var known = await vocabulary.ContainsAsync(words, domain, cancellationToken);
        var missing = words.Where((_, i) => !known[i]).ToList();
        if (missing.Count == 0)
        {
            return [];
        }

        // A word the documents say differently ("yearly" for "annual") still names a subject they cover, when the
        // answer's own sentences say it.
        var answerWords = chosen.SelectMany(c => ExtractiveAnswerer.Words($"{c.Text} {c.Hit.Chunk.Title} {c.Hit.Chunk.SectionPath}")).ToHashSet(StringComparer.Ordinal);
        var inAnswer = await neighbours.BestMatchesAsync(missing, answerWords, domain, cancellationToken);
        var unknown = new List<OutOfVocabularyWord>();
        for (var i = 0; i < missing.Count; i++)
        {
            var (neighbour, similarity) = await neighbours.ClosestAsync(missing[i], domain, cancellationToken);
            unknown.Add(new OutOfVocabularyWord(missing[i], neighbour, Math.Round(similarity, 4)) { InAnswer = Math.Round(inAnswer[i], 4) });
        }

        return unknown;
    }

    private static Dictionary<string, string> SurfaceWords(string question)
    {
        var surface = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in ExtractiveAnswerer.Words(question.Replace("'", string.Empty, StringComparison.Ordinal)))
        {
            if (QueryTerms.Of(word).FirstOrDefault() is { } stem)
            {
                surface.TryAdd(stem, word);
            }
        }

        return surface;
    }
}

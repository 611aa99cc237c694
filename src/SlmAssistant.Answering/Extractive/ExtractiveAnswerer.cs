using System.Numerics.Tensors;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Answering.Composition;
using SlmAssistant.Answering.Understanding;

namespace SlmAssistant.Answering.Extractive;

/// <summary>
/// Answers without a language model. The question's slot and focus words are read first; the sentences of the best
/// chunks of the answering domain (stored with their vectors at ingestion) are scored by similarity to the question,
/// by how many focus words they name and by whether they hold the kind of fact asked; the best leads, at most one more
/// sentence supports it, and a sentence introducing a list brings its items. Yes/no questions start "Yes"/"No" only
/// when the lead says so. When no sentence names the subject and the kind of fact asked, the answer is not found.
/// </summary>
public sealed partial class ExtractiveAnswerer(
    IEmbeddingGenerator<string, Embedding<float>> embeddings,
    IKnowledgeStore store,
    IKnowledgeVocabulary vocabulary,
    VocabularyNeighbours neighbours,
    IOptions<AnsweringOptions> options)
{
    // Candidates kept on the answer for the trace and calibration sweeps.
    private const int RankedKept = 20;

    private ExtractiveOptions Settings => options.Value.Extractive;

    public async Task<ExtractiveAnswer> ComposeAsync(AnswerContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var intent = await UnderstandAsync(context, cancellationToken);
        var domain = context.Domain ?? (context.Hits.Count > 0 ? context.Hits[0].Chunk.Domain : null);
        var hits = context.Hits.Where(h => domain is null || h.Chunk.Domain == domain).Take(Settings.ChunksConsidered).ToList();
        if (hits.Count == 0)
        {
            return ExtractiveAnswer.None(intent, "nothing retrieved in the domain");
        }

        var query = (await embeddings.GenerateAsync([context.RetrievalQuery], EmbeddingPurpose.ForQuery(), cancellationToken))[0].Vector;
        var sentences = await SentencesAsync(hits, cancellationToken);
        var candidates = Score(hits, sentences, intent, query);
        if (candidates.Count == 0)
        {
            return ExtractiveAnswer.None(intent, "no sentence to quote");
        }

        candidates = await RescoreWithSynonymsAsync(candidates, intent, domain, cancellationToken);

        // An example ("For example, a Summit member has 90 days …") may support the rule, never stand for it.
        var lead = candidates.Where(c => !c.Is(SentenceTraits.Example)).MaxBy(c => c.Score) ?? candidates.MaxBy(c => c.Score)!;
        var chosen = Choose(lead, candidates, sentences, intent);
        var outOfVocabulary = await new UnknownWords(vocabulary, neighbours).FindAsync(intent, context.RetrievalQuery, chosen, domain, cancellationToken);
        var unknown = Settings.AbstainOnUnknownWords
            ? outOfVocabulary.Where(w => w.InAnswer < Settings.SynonymSimilarity).Select(w => w.Word).ToList()
            : [];
        var verdict = Answerability.Judge(lead, chosen, intent, unknown, Settings);
        var composed = Compose(chosen, intent);
        // Only a trace (the playground, eval sweeps) reads the ranking: an answer alone does not sort for it.
        IReadOnlyList<SentenceCandidate> ranked = Tracing.AnswerTrace.Current is null ? [] : candidates.OrderByDescending(c => c.Score).Take(RankedKept).ToList();
        return verdict.Answerable
            ? composed with { Intent = intent, Lead = lead, Ranked = ranked, Unknown = unknown, OutOfVocabulary = outOfVocabulary, Reason = verdict.Reason }
            : ExtractiveAnswer.None(intent, verdict.Reason) with { Lead = lead, Ranked = ranked, Unknown = unknown, OutOfVocabulary = outOfVocabulary, Withheld = composed.Text };
    }

    private async Task<QuestionIntent> UnderstandAsync(AnswerContext context, CancellationToken cancellationToken)
    {
        var intent = QuestionAnalyzer.Analyze(context.Request.Question);
        var words = intent.Focus.Where(w => w.Length >= 4).ToList();
        var corrections = words.Count == 0 ? new Dictionary<string, string>() : await vocabulary.CorrectAsync(words, cancellationToken);

        // A follow-up ("and for kayaks?") keeps the earlier question's kind of fact and subject.
        var anchor = context.RetrievalQuery.Length > context.Request.Question.Trim().Length
            ? QuestionAnalyzer.Analyze(context.RetrievalQuery[..^context.Request.Question.Trim().Length])
            : null;
        var focus = intent.Focus.Select(w => corrections.TryGetValue(w, out var fixedWord) ? QueryTerms.Of(fixedWord).FirstOrDefault() ?? w : w).ToList();
        return intent with
        {
            Slot = intent.Slot == AnswerSlot.None && anchor is not null ? anchor.Slot : intent.Slot,
            Focus = anchor is null ? focus : [.. focus, .. anchor.Focus.Where(w => !focus.Contains(w))],
        };
    }

    /// <summary>Stored sentences of the chunks; a chunk written before sentences were stored is split and embedded now.</summary>
    private async Task<Dictionary<string, IReadOnlyList<KnowledgeSentence>>> SentencesAsync(List<SearchHit> hits, CancellationToken cancellationToken)
    {
        var stored = await store.GetSentencesAsync(hits.Select(h => h.Chunk.Id).ToList(), cancellationToken);
        var sentences = new Dictionary<string, IReadOnlyList<KnowledgeSentence>>(stored, StringComparer.Ordinal);
        foreach (var hit in hits.Where(h => !sentences.TryGetValue(h.Chunk.Id, out var s) || s.Count == 0 || s.Any(x => x.Embedding.IsEmpty)))
        {
            var texts = SentenceSplitter.Split(hit.Chunk.Text);
            var vectors = await embeddings.GenerateAsync(
                texts.Select(t => KnowledgeSentence.EmbeddingText(hit.Chunk.Title, hit.Chunk.SectionPath, t)), cancellationToken: cancellationToken);
            sentences[hit.Chunk.Id] = texts
                .Select((text, i) => new KnowledgeSentence(i, text, SentenceTraitsOf(text), vectors[i].Vector))
                .ToList();
        }

        return sentences;
    }

    private List<SentenceCandidate> Score(
        List<SearchHit> hits, Dictionary<string, IReadOnlyList<KnowledgeSentence>> sentences, QuestionIntent intent, ReadOnlyMemory<float> query)
    {
        var pool = hits.SelectMany((hit, rank) => sentences[hit.Chunk.Id].Select(s => (Hit: hit, Rank: rank, Sentence: s))).ToList();
        var weights = FocusWeights(intent.Focus, pool.Select(p => QueryTerms.Of(p.Sentence.Text)).ToList());
        var candidates = new List<SentenceCandidate>();
        foreach (var (hit, rank, sentence) in pool)
        {
            if ((sentence.Traits & (SentenceTraits.Boilerplate | SentenceTraits.Fragment)) != 0 || sentence.Embedding.IsEmpty)
            {
                continue;
            }

            var similarity = TensorPrimitives.CosineSimilarity(query.Span, sentence.Embedding.Span);
            var context = QueryTerms.Of($"{hit.Chunk.Title} {hit.Chunk.SectionPath} {Antecedent(sentences[hit.Chunk.Id], sentence)?.Text}");
            var coverage = Coverage(weights, QueryTerms.Of(sentence.Text), context, Settings.HeadingCredit);
            var holds = SlotEvidence.Holds(intent, sentence.Text);
            var slot = !SlotEvidence.IsCheckable(intent.Slot) ? 0 : holds ? Settings.SlotWeight : -Settings.SlotWeight;
            var score = similarity + (Settings.CoverageWeight * coverage) + slot - (Settings.RankPenalty * rank);
            candidates.Add(new SentenceCandidate(hit, rank, sentence, similarity, coverage, holds) { Score = score });
        }

        return candidates;
    }

    /// <summary>
    /// The best candidates scored again with a focus word counted as named when the sentence has a word close in meaning
    /// ("jacket" by "outerwear", "yearly" by "annual"): the documents' wording is seldom the customer's.
    /// </summary>
    private async Task<List<SentenceCandidate>> RescoreWithSynonymsAsync(
        List<SentenceCandidate> candidates, QuestionIntent intent, string? domain, CancellationToken cancellationToken)
    {
        if (intent.Focus.Count == 0)
        {
            return candidates;
        }

        var pool = candidates.Select(c => QueryTerms.Of(c.Text)).ToList();
        var weights = FocusWeights(intent.Focus, pool);
        var rescored = new List<SentenceCandidate>(candidates.Count);
        foreach (var candidate in candidates.OrderByDescending(c => c.Score).Take(Settings.SynonymCandidates))
        {
            var words = QueryTerms.Of(candidate.Text);
            var heading = QueryTerms.Of($"{candidate.Hit.Chunk.Title} {candidate.Hit.Chunk.SectionPath}");
            var missing = weights.Keys.Where(term => !words.Contains(term) && !heading.Contains(term)).ToList();
            if (missing.Count == 0)
            {
                rescored.Add(candidate);
                continue;
            }

            var surface = Words(candidate.Text);
            var matches = await neighbours.BestMatchesAsync(missing, surface, domain, cancellationToken);
            var total = weights.Values.Sum();
            var extra = missing.Select((term, i) => matches[i] >= Settings.SynonymSimilarity ? weights[term] * Settings.SynonymCredit : 0).Sum() / total;
            var coverage = Math.Min(1, candidate.Coverage + extra);
            rescored.Add(candidate with { Coverage = coverage, Score = candidate.Score + (Settings.CoverageWeight * (coverage - candidate.Coverage)) });
        }

        var checkedSentences = rescored.Select(r => r.Sentence).ToHashSet();
        return [.. rescored, .. candidates.Where(c => !checkedSentences.Contains(c.Sentence))];
    }

    /// <summary>The sentence before one that opens with a pronoun ("They are released at 7:30 a.m."): what it is about.</summary>
    private static KnowledgeSentence? Antecedent(IReadOnlyList<KnowledgeSentence> chunk, KnowledgeSentence sentence) =>
        PronounOpening().IsMatch(sentence.Text)
            ? chunk.LastOrDefault(s => s.Index < sentence.Index && (s.Traits & (SentenceTraits.Boilerplate | SentenceTraits.ListIntro)) == 0)
            : null;

    internal static HashSet<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split((char[])[' ', ',', '.', ';', ':', '(', ')', '"', '!', '?', '/'], StringSplitOptions.RemoveEmptyEntries)];

    // Rare focus words matter more than ones every candidate sentence repeats ("return" in a returns policy).
    private static Dictionary<string, double> FocusWeights(IReadOnlyList<string> focus, List<HashSet<string>> pool)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in focus.Distinct())
        {
            var containing = pool.Count(terms => terms.Contains(term));
            weights[term] = Math.Log(1 + ((pool.Count + 1.0) / (containing + 1.0)));
        }

        return weights;
    }

    private static double Coverage(Dictionary<string, double> weights, HashSet<string> sentence, HashSet<string> heading, double headingCredit)
    {
        var total = weights.Values.Sum();
        if (total <= 0)
        {
            return 1;
        }

        var found = weights.Sum(w => sentence.Contains(w.Key) ? w.Value : heading.Contains(w.Key) ? w.Value * headingCredit : 0);
        return found / total;
    }

    /// <summary>The lead, its list items when it introduces a list, or at most one supporting sentence from its chunk.</summary>
    private List<SentenceCandidate> Choose(
        SentenceCandidate lead, List<SentenceCandidate> candidates, Dictionary<string, IReadOnlyList<KnowledgeSentence>> sentences, QuestionIntent intent)
    {
        var chosen = new List<SentenceCandidate> { lead };
        if (lead.Is(SentenceTraits.ListIntro))
        {
            var items = sentences[lead.Hit.Chunk.Id].Where(s => s.Index > lead.Sentence.Index).Take(Settings.MaxListItems);
            foreach (var item in items)
            {
                if ((item.Traits & (SentenceTraits.Boilerplate | SentenceTraits.ListIntro)) != 0)
                {
                    break;
                }

                chosen.Add(lead with { Sentence = item, Score = lead.Score });
            }

            return chosen;
        }

        // "They are released at 7:30 a.m." is read with the sentence that says what they are.
        if (Antecedent(sentences[lead.Hit.Chunk.Id], lead.Sentence) is { } antecedent)
        {
            chosen.Insert(0, lead with { Sentence = antecedent });
            return chosen;
        }

        var needsSlot = SlotEvidence.IsCheckable(intent.Slot) && !lead.HoldsSlot;
        var support = candidates
            .Where(c => c.Sentence != lead.Sentence && !c.Is(SentenceTraits.ListIntro) && (Settings.SupportFromOtherPassages || c.Hit.Chunk.Id == lead.Hit.Chunk.Id))
            .Where(c => needsSlot ? c.HoldsSlot && c.Score >= lead.Score - (2 * Settings.SupportWithin) : c.Score >= lead.Score - Settings.SupportWithin)
            .MaxBy(c => c.Score);
        if (support is not null)
        {
            chosen.Add(support);
        }

        return [.. chosen.OrderBy(c => c.HitRank == lead.HitRank ? 0 : 1).ThenBy(c => c.Hit.Chunk.Id == lead.Hit.Chunk.Id ? c.Sentence.Index : int.MaxValue)];
    }

    private static ExtractiveAnswer Compose(List<SentenceCandidate> chosen, QuestionIntent intent)
    {
        var citations = new List<Citation>();
        var used = new List<SearchHit>();
        var text = new System.Text.StringBuilder();
        var inList = false;
        foreach (var candidate in chosen)
        {
            var number = used.IndexOf(candidate.Hit) + 1;
            var cited = number > 0;
            if (!cited)
            {
                used.Add(candidate.Hit);
                citations.Add(candidate.Hit.Citation);
                number = used.Count;
            }

            // List items go on lines of their own after a blank line (Markdown both clients render as a list); the
            // introduction's marker covers items from the same passage.
            var item = ListItem().IsMatch(candidate.Text);
            text.Append(text.Length == 0 ? string.Empty : item ? (inList ? "\n" : "\n\n") : inList ? "\n\n" : " ");
            text.Append(item && cited ? candidate.Text.TrimEnd() : WithMarker(candidate.Text, number));
            inList = item;
        }

        if (intent.IsYesNo && YesNo.Of(chosen[0].Text) is { } answer)
        {
            text.Insert(0, answer ? "Yes. " : "No. ");
        }

        return new ExtractiveAnswer(text.ToString(), citations, used);
    }

    // "Returns take 30 days." + [1] -> "Returns take 30 days [1]."; a list intro keeps its colon: "… are: [1]".
    private static string WithMarker(string sentence, int number)
    {
        var trimmed = sentence.TrimEnd();
        var last = trimmed[^1];
        return last is '.' or '!' or '?'
            ? $"{trimmed[..^1]} [{number}]{last}"
            : $"{trimmed} [{number}]";
    }

    private static SentenceTraits SentenceTraitsOf(string text) =>
        text.TrimEnd().EndsWith(':') ? SentenceTraits.ListIntro
        : text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4 && !text.Any(char.IsDigit) ? SentenceTraits.Fragment
        : SentenceTraits.None;

    [GeneratedRegex(@"^(It|They|This|These|That|Those|He|She|Its|Their)\b")]
    private static partial Regex PronounOpening();

    [GeneratedRegex(@"^\s*([-*\u2022]|\d{1,2}[.)])\s")]
    private static partial Regex ListItem();
}

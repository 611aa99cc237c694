namespace SlmAssistant.Ingestion.Chunking;

/// <summary>Cuts a sentence that alone exceeds the budget into pieces at word boundaries (inside a word only if it must).</summary>
internal sealed class OverlongSentenceSplitter(Func<string, int> cost, int budget)
{
    public IEnumerable<TextUnit> Split(TextUnit unit)
    {
        if (unit.Cost <= budget)
        {
            yield return unit;
            yield break;
        }

        var words = new List<string>();
        var wordsCost = 0;
        var joiner = unit.Joiner;
        foreach (var word in unit.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordCost = cost(word);
            if (words.Count > 0 && wordsCost + wordCost > budget)
            {
                yield return unit with { Text = string.Join(' ', words), Joiner = joiner, Cost = wordsCost };
                (words, wordsCost, joiner) = ([], 0, " ");
            }

            if (wordCost > budget)
            {
                foreach (var piece in SplitWord(unit with { Text = word, Joiner = joiner, Cost = wordCost }))
                {
                    yield return piece;
                }

                joiner = " ";
                continue;
            }

            words.Add(word);
            wordsCost += wordCost;
        }

        if (words.Count > 0)
        {
            yield return unit with { Text = string.Join(' ', words), Joiner = joiner, Cost = wordsCost };
        }
    }

    /// <summary>Splits a unit in two at the space nearest its middle, or mid-word when it has none.</summary>
    public static IEnumerable<TextUnit> Halve(TextUnit unit)
    {
        var middle = unit.Text.Length / 2;
        var space = unit.Text.LastIndexOf(' ', middle);
        var at = space > 0 ? space : Math.Max(1, middle);
        yield return unit with { Text = unit.Text[..at].TrimEnd() };
        yield return unit with { Text = unit.Text[at..].TrimStart(), Joiner = space > 0 ? " " : string.Empty };
    }

    // A "word" longer than the budget (a URL, a hash, base64): halve it until every piece fits.
    private IEnumerable<TextUnit> SplitWord(TextUnit word)
    {
        if (word.Cost <= budget || word.Text.Length < 2)
        {
            yield return word;
            yield break;
        }

        foreach (var half in Halve(word))
        {
            foreach (var piece in SplitWord(half with { Cost = cost(half.Text) }))
            {
                yield return piece;
            }
        }
    }
}

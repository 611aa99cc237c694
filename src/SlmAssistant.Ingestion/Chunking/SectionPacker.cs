namespace SlmAssistant.Ingestion.Chunking;

/// <summary>
/// Packs the sentences of one section into chunks of at most <c>budget</c> tokens, aiming at even sizes: a section a
/// little over the budget becomes two halves rather than a full chunk and a scrap. A chunk closes when it reaches the
/// target, or early (when it is well filled) before a paragraph that would overshoot, so chunks tend to end at
/// paragraph ends. Each new chunk starts with the previous chunk's last whole sentences, up to the overlap. A tiny last
/// piece left by those early closes joins the previous chunk when it fits.
/// </summary>
internal sealed class SectionPacker(int budget, int overlapTokens)
{
    private const double CloseEnough = 0.85;
    private const double WellFilled = 0.6;

    public List<List<TextUnit>> Pack(IReadOnlyList<TextUnit> units)
    {
        var target = Target(units.Sum(u => u.Cost));
        var chunks = new List<(List<TextUnit> Units, int Overlap)>();
        var current = new List<TextUnit>();
        var (cost, overlap) = (0, 0);
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var full = cost + unit.Cost > budget;
            var onTarget = cost >= target * CloseEnough && cost + unit.Cost > target;
            var startsBlock = i > 0 && units[i - 1].Block != unit.Block;
            var beforeLongParagraph = startsBlock && cost >= target * WellFilled && cost + BlockCost(units, i) > target;
            if (current.Count > overlap && (full || onTarget || beforeLongParagraph))
            {
                chunks.Add((current, overlap));
                current = Overlap(current, unit.Cost);
                (cost, overlap) = (current.Sum(u => u.Cost), current.Count);
            }

            current.Add(unit);
            cost += unit.Cost;
        }

        if (current.Count > overlap)
        {
            chunks.Add((current, overlap));
        }

        MergeTinyTail(chunks);
        return chunks.ConvertAll(chunk => chunk.Units);
    }

    /// <summary>The even chunk size for a section: the budget when it fits in one chunk, else its share of n chunks.</summary>
    private int Target(int total)
    {
        if (total <= budget)
        {
            return budget;
        }

        var stride = Math.Max(1, budget - overlapTokens);
        var chunks = (int)Math.Ceiling((double)(total - budget) / stride) + 1;
        return Math.Min(budget, (int)Math.Ceiling((double)(total + ((chunks - 1) * overlapTokens)) / chunks));
    }

    /// <summary>Trailing whole sentences of the previous chunk, within the overlap and leaving room for the next sentence.</summary>
    private List<TextUnit> Overlap(List<TextUnit> previous, int nextCost)
    {
        var taken = new List<TextUnit>();
        var cost = 0;
        for (var i = previous.Count - 1; i >= 0; i--)
        {
            var unit = previous[i];
            if (cost + unit.Cost > overlapTokens || cost + unit.Cost + nextCost > budget)
            {
                break;
            }

            taken.Insert(0, unit);
            cost += unit.Cost;
        }

        return taken;
    }

    private void MergeTinyTail(List<(List<TextUnit> Units, int Overlap)> chunks)
    {
        if (chunks.Count < 2)
        {
            return;
        }

        var (lastUnits, lastOverlap) = chunks[^1];
        var own = lastUnits.Skip(lastOverlap).ToList();
        var ownCost = own.Sum(u => u.Cost);
        var previous = chunks[^2].Units;
        if (ownCost <= budget / 8 && previous.Sum(u => u.Cost) + ownCost <= budget)
        {
            previous.AddRange(own);
            chunks.RemoveAt(chunks.Count - 1);
        }
    }

    private static int BlockCost(IReadOnlyList<TextUnit> units, int start)
    {
        var cost = 0;
        for (var i = start; i < units.Count && units[i].Block == units[start].Block; i++)
        {
            cost += units[i].Cost;
        }

        return cost;
    }
}

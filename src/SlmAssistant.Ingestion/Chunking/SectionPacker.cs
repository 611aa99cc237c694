namespace SlmAssistant.Ingestion.Chunking;

/// <summary>
/// Packs the sentences of one section into chunks of at most <c>budget</c> tokens. A chunk closes when the next sentence
/// does not fit, or early (when it is well filled) before a paragraph that would not fit whole, so chunks tend to end
/// at paragraph ends. Each new chunk starts with the previous chunk's last whole sentences, up to the overlap. A tiny
/// last piece joins the previous chunk when it fits.
/// </summary>
internal sealed class SectionPacker(int budget, int overlapTokens)
{
    private const double WellFilled = 0.6;

    public List<List<TextUnit>> Pack(IReadOnlyList<TextUnit> units)
    {
        var chunks = new List<(List<TextUnit> Units, int Overlap)>();
        var current = new List<TextUnit>();
        var (cost, overlap) = (0, 0);
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var full = cost + unit.Cost > budget;
            var startsBlock = i > 0 && units[i - 1].Block != unit.Block;
            var breakAtParagraph = startsBlock && cost >= budget * WellFilled && cost + BlockCost(units, i) > budget;
            if (current.Count > overlap && (full || breakAtParagraph))
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

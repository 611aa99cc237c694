using SlmAssistant.Routing.Scope;

namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>Holds out a fraction of every label's examples, reproducibly for a seed.</summary>
public static class StratifiedSplit
{
    public static (IReadOnlyList<LabeledText> Kept, IReadOnlyList<LabeledText> HeldOut) Split(
        IReadOnlyList<LabeledText> items,
        double fraction,
        int seed)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegative(fraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(fraction, 1.0);
        var random = new Random(seed);
        var kept = new List<LabeledText>();
        var heldOut = new List<LabeledText>();
        foreach (var group in items.GroupBy(i => i.Label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.ToArray();
            random.Shuffle(members);

            // Round, but hold out at least one of a label with two or more examples and never all of them.
            var count = members.Length < 2 ? 0 : Math.Clamp((int)Math.Round(members.Length * fraction), fraction > 0 ? 1 : 0, members.Length - 1);
            heldOut.AddRange(members.Take(count));
            kept.AddRange(members.Skip(count));
        }

        return (kept, heldOut);
    }
}

using System.Globalization;

namespace SlmAssistant.Admin.Features.Analytics;

/// <summary>
/// Geometry of the questions-per-day chart, drawn as inline SVG by the page: one stacked bar per day (answered
/// locally below, escalated above), a few gridlines and sparse date labels.
/// </summary>
public sealed class DailyChart
{
    public const double Width = 720;
    public const double Height = 220;
    public const double Left = 36;
    public const double Bottom = 24;
    public const double Top = 8;

    private static readonly int[] NiceSteps = [1, 2, 4, 5, 10];

    public DailyChart(IReadOnlyList<DailyQuestions> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var max = Math.Max(1, days.Count == 0 ? 1 : days.Max(d => d.Total));
        Scale = NiceCeiling(max);
        var slot = (Width - Left) / Math.Max(1, days.Count);
        var barWidth = Math.Max(2, slot * 0.7);
        var plot = Height - Bottom - Top;
        var labelEvery = Math.Max(1, (int)Math.Ceiling(days.Count / 8.0));
        Bars = days.Select((d, i) =>
        {
            var x = Left + (i * slot) + ((slot - barWidth) / 2);
            var localHeight = plot * d.Local / Scale;
            var escalatedHeight = plot * d.Escalated / Scale;
            var label = i % labelEvery == 0 ? d.Day.ToString("MMM d", CultureInfo.InvariantCulture) : null;
            return new Bar(x, barWidth, Height - Bottom - localHeight, localHeight, Height - Bottom - localHeight - escalatedHeight, escalatedHeight, label, d);
        }).ToList();
        Gridlines = Enumerable.Range(0, 5).Select(i => (Value: Scale * i / 4, Y: Height - Bottom - (plot * i / 4))).ToList();
    }

    public double Scale { get; }

    public IReadOnlyList<Bar> Bars { get; }

    public IReadOnlyList<(double Value, double Y)> Gridlines { get; }

    public static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static double NiceCeiling(double value)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return NiceSteps.Select(m => m * magnitude).First(v => v >= value);
    }

    public sealed record Bar(double X, double Width, double LocalY, double LocalHeight, double EscalatedY, double EscalatedHeight, string? Label, DailyQuestions Day);
}

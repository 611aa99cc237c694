using System.Diagnostics;

namespace SlmAssistant.Benchmarks.Measurement;

/// <summary>Wall-clock samples of one operation and their percentiles.</summary>
public sealed class Latency(string name)
{
    private readonly List<double> _milliseconds = [];

    public string Name { get; } = name;

    public async Task<T> TimeAsync<T>(Func<Task<T>> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var started = Stopwatch.GetTimestamp();
        var result = await operation();
        _milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    public double Percentile(double p)
    {
        var sorted = _milliseconds.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public override string ToString() =>
        $"{Name,-28} p50 {Percentile(50),7:F1} ms   p95 {Percentile(95),7:F1} ms   mean {_milliseconds.Average(),7:F1} ms   (n = {_milliseconds.Count})";
}

using System.Diagnostics;

namespace SlmAssistant.Benchmarks.Measurement;

/// <summary>
/// Items per second of repeated runs, by wall clock and by this process's CPU time. On a shared machine the wall
/// clock also measures the neighbours; CPU time mostly does not, so both are shown.
/// </summary>
public sealed class Throughput(string name, int items)
{
    private readonly List<(double Wall, double Cpu)> _runs = [];

    public string Name { get; } = name;

    public async Task<T> RunAsync<T>(Func<Task<T>> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var result = await operation();
        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        process.Refresh();
        _runs.Add((wall, (process.TotalProcessorTime - cpu).TotalSeconds));
        return result;
    }

    /// <summary>Items per wall-clock second of the median run.</summary>
    public double PerSecond => items / Median(_runs.Select(r => r.Wall));

    /// <summary>Items per CPU second (all threads) of the median run.</summary>
    public double PerCpuSecond => items / Median(_runs.Select(r => r.Cpu));

    public override string ToString() =>
        $"{Name,-32} {PerSecond,8:F1} passages/s   {PerCpuSecond,8:F1} passages/CPU-s   " +
        $"(runs: {string.Join(", ", _runs.Select(r => $"{r.Wall:F1} s"))})";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

using System.Diagnostics;

namespace SlmAssistant.Benchmarks.Measurement;

/// <summary>
/// Items per second over repeated runs (each run made of timed parts), by wall clock and by this process's CPU time.
/// On a shared machine the wall clock also measures the neighbours; CPU time mostly does not, though threads that
/// spin while they wait count as busy.
/// </summary>
public sealed class Throughput(string name, int items)
{
    private readonly List<(double Wall, double Cpu)> _runs = [];

    public string Name { get; } = name;

    /// <summary>Begins a run: the parts added until the next call make it up.</summary>
    public void Start() => _runs.Add((0, 0));

    /// <summary>Times one part of the current run; returns its wall-clock seconds.</summary>
    public async Task<double> AddAsync(Func<Task> part)
    {
        ArgumentNullException.ThrowIfNull(part);
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        await part();
        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        process.Refresh();
        var (runWall, runCpu) = _runs[^1];
        _runs[^1] = (runWall + wall, runCpu + (process.TotalProcessorTime - cpu).TotalSeconds);
        return wall;
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

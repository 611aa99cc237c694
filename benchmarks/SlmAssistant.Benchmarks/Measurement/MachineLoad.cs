namespace SlmAssistant.Benchmarks.Measurement;

/// <summary>The 1/5/15-minute load averages, printed beside timings: on a shared machine they say how far to trust them.</summary>
public static class MachineLoad
{
    public static string Current =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}

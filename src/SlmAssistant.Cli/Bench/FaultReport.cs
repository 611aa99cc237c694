namespace SlmAssistant.Cli.Bench;

/// <summary>What <see cref="FaultLoop"/> measured: a full timed run first, then each iteration.</summary>
/// <param name="IngestSeconds">The uninterrupted ingest's wall time, process start included: kills are drawn within it.</param>
/// <param name="Calibration">What was wrong with that uninterrupted run (it must pass like a rerun).</param>
public sealed record FaultReport(
    int Seed,
    int Files,
    double IngestSeconds,
    IReadOnlyList<string> Calibration,
    IReadOnlyList<FaultIteration> Iterations,
    double Seconds)
{
    public int Kills => Iterations.Count(i => i.Killed);

    public int MidIngestion => Iterations.Count(i => i.MidIngestion(Files));

    public int Problems => Calibration.Count + Iterations.Sum(i => i.Problems);
}

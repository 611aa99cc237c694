namespace SlmAssistant.Cli.Bench;

/// <summary>One kill-and-rerun of <see cref="FaultLoop"/>.</summary>
/// <param name="Killed">The ingest was still running when the kill came (else it had finished first).</param>
/// <param name="DocumentsAtKill">Documents the killed run had committed.</param>
/// <param name="AfterKill">What the store checker found in the store the killed run left.</param>
/// <param name="AfterRerun">What it found after the rerun, plus a rerun that failed or left a document count other than the files'.</param>
public sealed record FaultIteration(
    int Iteration,
    double DelayMilliseconds,
    bool Killed,
    int DocumentsAtKill,
    IReadOnlyList<string> AfterKill,
    IReadOnlyList<string> AfterRerun,
    int FinalDocuments,
    double Seconds)
{
    /// <summary>The kill came after the first document was committed and before the last.</summary>
    public bool MidIngestion(int files) => Killed && DocumentsAtKill > 0 && DocumentsAtKill < files;

    public int Problems => AfterKill.Count + AfterRerun.Count;
}

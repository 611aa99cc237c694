namespace SlmAssistant.Ingestion.Pipeline;

/// <summary>Reports the progress of one file of a run; a no-op when nobody listens.</summary>
internal sealed class ProgressScope(IProgress<IngestionProgress>? progress, int fileIndex, int fileCount, string source)
{
    public void Step(string step, int chunksEmbedded = 0, int chunkCount = 0) =>
        progress?.Report(new IngestionProgress(fileIndex, fileCount, source, step, chunksEmbedded, chunkCount));
}

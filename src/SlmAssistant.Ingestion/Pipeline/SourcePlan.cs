namespace SlmAssistant.Ingestion.Pipeline;

/// <summary>The files a run will ingest, the paths that do not exist, and the folders a sync may clean up.</summary>
internal sealed record SourcePlan(IReadOnlyList<SourceFile> Files, IReadOnlyList<string> Missing, IReadOnlyList<string> DirectoryRoots);

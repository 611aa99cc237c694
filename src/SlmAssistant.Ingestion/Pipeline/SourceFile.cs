namespace SlmAssistant.Ingestion.Pipeline;

/// <summary>A file found for ingestion, with the source id and domain it will be stored under.</summary>
internal sealed record SourceFile(string FullPath, string Source, string Domain);

namespace SlmAssistant.Ingestion.Pipeline;

/// <summary>One document to ingest: its bytes and where it will be stored.</summary>
/// <param name="Source">Also the name extractors see: its extension hints between text formats, its file name is the fallback title.</param>
internal sealed record SourceDocument(string Source, string Domain, byte[] Content, IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>Write the document afresh even when its bytes are unchanged (an explicit re-index).</summary>
    public bool Reindex { get; init; }

    /// <summary>The public address given with the file (an upload's), which wins over the one the document names.</summary>
    public string? Url { get; init; }

    /// <summary>The full path the bytes were read from (a file of a run); null for uploads.</summary>
    public string? Origin { get; init; }
}

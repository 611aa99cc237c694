namespace SlmAssistant.Ingestion.Pipeline;

/// <summary>How to ingest a set of paths.</summary>
public sealed record IngestionRequest
{
    public static IngestionRequest Default { get; } = new();

    /// <summary>The domain of every document; when null it is inferred from the folders (see <see cref="DomainInference"/>).</summary>
    public string? Domain { get; init; }

    /// <summary>Also remove stored documents under the given folders whose files are gone.</summary>
    public bool Sync { get; init; }

    /// <summary>Tags stored on every document of this run, for filtered search.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>The public address of the document, for a run of one file (an upload); wins over what the document says.</summary>
    public string? Url { get; init; }
}

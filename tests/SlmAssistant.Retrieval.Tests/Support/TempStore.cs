using Microsoft.Extensions.Options;
using SlmAssistant.Retrieval.Store;

namespace SlmAssistant.Retrieval.Tests.Support;

/// <summary>A real store in a fresh temporary folder, deleted afterwards.</summary>
public sealed class TempStore : IDisposable
{
    public TempStore(Action<KnowledgeStoreOptions>? configure = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "slm-retrieval-tests", Guid.NewGuid().ToString("N"));
        DataDirectory = Path.Combine(Directory, "data");
        Options = new KnowledgeStoreOptions();
        configure?.Invoke(Options);
        Store = Open();
    }

    public string Directory { get; }

    public string DataDirectory { get; }

    public KnowledgeStoreOptions Options { get; }

    public SqliteKnowledgeStore Store { get; }

    /// <summary>Another store over the same file, as a second process would have.</summary>
    public SqliteKnowledgeStore Open() => SqliteKnowledgeStore.Open(DataDirectory, Options);

    public void Dispose()
    {
        Store.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A pooled handle still open elsewhere; the temp folder is cleaned by the OS.
        }
    }
}

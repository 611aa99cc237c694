using SlmAssistant.Retrieval.Store;

namespace SlmAssistant.Retrieval.Tests.Support.Providers;

/// <summary>
/// A real knowledge store of one provider in a database of its own (a temp SQLite file, or a fresh PostgreSQL
/// database), and more stores over the same database, as other processes or replicas would open.
/// </summary>
public abstract class StoreProvider : IAsyncDisposable
{
    public abstract string Name { get; }

    internal abstract IKnowledgeBackend Store { get; }

    /// <summary>Another store over the same database (another process, another replica); the provider disposes it.</summary>
    internal abstract IKnowledgeBackend Open();

    /// <summary>SQL straight to the database, past the store (what an operator or another tool might do).</summary>
    public abstract Task ExecuteSqlAsync(string sql);

    public abstract ValueTask DisposeAsync();
}

using SlmAssistant.Retrieval.Store;

namespace SlmAssistant.Retrieval.Tests.Support.Providers;

/// <summary>
/// The base of the store's contract tests: each test class derives once per provider (SQLite and Postgres), so the same
/// tests run against both; every test gets a store over a database of its own.
/// </summary>
public abstract class StoreContractTests : IAsyncLifetime
{
    private StoreProvider? _provider;

    internal StoreProvider Provider => _provider ?? throw new InvalidOperationException("The provider is created in InitializeAsync.");

    internal IKnowledgeBackend Store => Provider.Store;

    public async Task InitializeAsync() => _provider = await CreateProviderAsync();

    public async Task DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }

    /// <summary>A new provider with a database of its own (the test's, or a second one a test compares with).</summary>
    protected internal abstract Task<StoreProvider> CreateProviderAsync(Action<KnowledgeStoreOptions>? configure = null);
}

using Microsoft.Data.Sqlite;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests.FineTuning;

/// <summary>The repository's return-policy documents ingested once by the real `slm ingest` into a temp store.</summary>
public sealed class ReturnPolicyStore : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _data = new("slm-finetune");

    public string DataDirectory => _data.Path;

    public async Task InitializeAsync() =>
        await CliProcess.RunAsync(["ingest", Path.Combine(RepositoryPaths.Root, "knowledge", "return-policy"), "--data", _data.Path, "--json"]);

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}

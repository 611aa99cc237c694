using SlmAssistant.Ingestion.Pipeline;
using SlmAssistant.TestKit;

namespace SlmAssistant.Ingestion.Tests.Integration;

/// <summary>The repository's knowledge/ folder ingested once into a real store with the real embedding model.</summary>
public sealed class SampleCorpusFixture : IAsyncLifetime
{
    public KnowledgeHarness Harness { get; } = KnowledgeHarness.Create();

    public IngestionReport FirstRun { get; private set; } = null!;

    public int FileCount { get; } = Directory.EnumerateFiles(RepositoryPaths.Knowledge, "*", SearchOption.AllDirectories).Count();

    public async Task InitializeAsync() =>
        FirstRun = await Harness.Pipeline.IngestAsync([RepositoryPaths.Knowledge], IngestionRequest.Default)
            .WaitAsync(TimeSpan.FromMinutes(5));

    public async Task DisposeAsync()
    {
        await Harness.DisposeAsync();
        Harness.DeleteFiles();
    }
}

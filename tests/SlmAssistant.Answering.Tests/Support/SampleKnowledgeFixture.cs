using SlmAssistant.Ingestion.Pipeline;
using SlmAssistant.TestKit;

namespace SlmAssistant.Answering.Tests.Support;

/// <summary>The repository's knowledge/ ingested once into a real store (real embeddings, real sentences), for answering tests.</summary>
public sealed class SampleKnowledgeFixture : IAsyncLifetime
{
    public KnowledgeHarness Harness { get; } = KnowledgeHarness.Create();

    public async Task InitializeAsync()
    {
        var report = await Harness.Pipeline.IngestAsync([RepositoryPaths.Knowledge], IngestionRequest.Default).WaitAsync(TimeSpan.FromMinutes(5));
        Assert.False(report.HasFailures, string.Join("; ", report.Files.Where(f => f.Reason is not null).Select(f => $"{f.Source}: {f.Reason}")));
    }

    public async Task DisposeAsync()
    {
        await Harness.DisposeAsync();
        Harness.DeleteFiles();
    }
}

using System.Text.Json;
using Microsoft.Extensions.Logging;
using SlmAssistant.Host.Features.Storage;
using SlmAssistant.TestKit;
using SlmAssistant.TestKit.Postgres;

namespace SlmAssistant.Host.Tests.Postgres;

[Collection(PostgresCluster.Name)]
public sealed class StorageLayoutReportTests(PostgresServer server) : IDisposable
{
    private readonly TempDirectory _knowledge = new("slm-knowledge");

    public void Dispose() => _knowledge.Dispose();

    [Fact]
    public async Task AHostOnPostgresSaysOnceWhatTheServerHoldsAndWhatStaysInItsDataDirectory()
    {
        var connectionString = await server.CreateDatabaseAsync("layout");
        var recorder = new RecordingLoggerProvider();
        await using var host = await RunningHost.StartAsync(
            _knowledge.Path,
            builder => builder.Logging.AddProvider(recorder),
            "--Storage:Provider=Postgres",
            $"--ConnectionStrings:Postgres={connectionString};Password=layout-secret",
            "--Seeding:Enabled=false",
            "--Logging:LogLevel:SlmAssistant.Host.Features.Storage=Information");

        var lines = recorder.Entries.Where(e => e.Category == typeof(StorageLayoutReport).FullName).ToList();
        var line = Assert.Single(lines);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Contains($"PostgreSQL 127.0.0.1:{server.Port}/layout_", line.Message, StringComparison.Ordinal);
        Assert.Contains("knowledge store", line.Message, StringComparison.Ordinal);
        Assert.Contains("Data Protection keys", line.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(host.DataDirectory, "knowledge.db"), line.Message, StringComparison.Ordinal);
        Assert.Contains("upload queue", line.Message, StringComparison.Ordinal);
        Assert.Contains("conversations", line.Message, StringComparison.Ordinal);
        Assert.Contains("ledger", line.Message, StringComparison.Ordinal);
        Assert.Contains("admin audit", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("layout-secret", line.Message, StringComparison.Ordinal);

        using var response = await host.Client.GetAsync(new Uri("/health", UriKind.Relative));
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", health.RootElement.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
    }
}

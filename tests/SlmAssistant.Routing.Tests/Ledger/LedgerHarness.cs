using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Bot;
using SlmAssistant.Routing.Cloud;
using SlmAssistant.Routing.Ledger;
using SlmAssistant.TestKit;

namespace SlmAssistant.Routing.Tests.Ledger;

/// <summary>
/// The ledger as AddSlmEscalation registers it, on a real knowledge.db in a temp folder, with a settable clock; with
/// <c>withConversations</c>, next to the conversation store and its retention as the host composes them.
/// </summary>
public sealed class LedgerHarness : IAsyncDisposable
{
    private LedgerHarness(TempDirectory data, ServiceProvider services, ManualTimeProvider clock)
    {
        Data = data;
        Services = services;
        Clock = clock;
    }

    public TempDirectory Data { get; }

    public ServiceProvider Services { get; }

    public ManualTimeProvider Clock { get; }

    public AnswerLedger Ledger => Services.GetRequiredService<AnswerLedger>();

    public static LedgerHarness Create(Action<Dictionary<string, string?>>? configure = null, bool withConversations = false)
    {
        var data = new TempDirectory("slm-ledger");
        var settings = new Dictionary<string, string?>
        {
            ["Knowledge:DataDirectory"] = data.Combine("data"),
            ["Escalation:InputPricePerMillion"] = "2.50",
            ["Escalation:OutputPricePerMillion"] = "10.00",
            ["Escalation:CloudReferencePrices:InputPricePerMillion"] = "2.50",
            ["Escalation:CloudReferencePrices:OutputPricePerMillion"] = "10.00",
        };
        configure?.Invoke(settings);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 14, 9, 30, 0, TimeSpan.Zero));
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton<TimeProvider>(clock)
            .AddLogging()
            .AddSlmEscalation();
        if (withConversations)
        {
            collection.AddSlmConversations();
        }

        // The conversations' API needs an answer service these tests do not have; only their retention is used.
        var services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = !withConversations });
        return new LedgerHarness(data, services, clock);
    }

    /// <summary>The bytes of knowledge.db and its -wal and -shm, as they are now.</summary>
    public async Task<IReadOnlyList<(string File, byte[] Bytes)>> ReadDatabaseFilesAsync()
    {
        var files = new List<(string, byte[])>();
        foreach (var file in Directory.GetFiles(Data.Combine("data"), "knowledge.db*"))
        {
            try
            {
                files.Add((file, await File.ReadAllBytesAsync(file)));
            }
            catch (FileNotFoundException)
            {
                // The last pooled connection to close removes -wal and -shm: a file gone since it was listed holds nothing.
            }
        }

        return files;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Data.Dispose();
    }
}

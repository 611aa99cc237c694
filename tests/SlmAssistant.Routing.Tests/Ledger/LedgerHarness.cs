using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Routing.Cloud;
using SlmAssistant.Routing.Ledger;
using SlmAssistant.TestKit;

namespace SlmAssistant.Routing.Tests.Ledger;

/// <summary>The ledger as AddSlmEscalation registers it, on a real knowledge.db in a temp folder, with a settable clock.</summary>
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

    public static LedgerHarness Create(Action<Dictionary<string, string?>>? configure = null)
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
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton<TimeProvider>(clock)
            .AddLogging()
            .AddSlmEscalation()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return new LedgerHarness(data, services, clock);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Data.Dispose();
    }
}

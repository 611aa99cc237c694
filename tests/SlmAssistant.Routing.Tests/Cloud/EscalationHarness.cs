using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using SlmAssistant.Routing.Cloud;
using SlmAssistant.TestKit;
using SlmAssistant.TestKit.Cloud;

namespace SlmAssistant.Routing.Tests.Cloud;

/// <summary>
/// The real escalation services (AddSlmEscalation) wired to a real fake cloud over HTTP on 127.0.0.1, with a temp
/// data folder for knowledge.db. Settings default to fast retries and a breaker that stays out of the way.
/// </summary>
public sealed class EscalationHarness : IAsyncDisposable
{
    public const string ApiKey = "sk-test-123";
    public const string Model = "gpt-test";

    /// <summary>The bound on every wait in these tests; the escalation's own timeouts are far shorter.</summary>
    public static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(30);

    private EscalationHarness(FakeOpenAIServer server, TempDirectory data, ServiceProvider services, ListLoggerProvider logs)
    {
        Server = server;
        Data = data;
        Services = services;
        Logs = logs;
    }

    public FakeOpenAIServer Server { get; }

    public TempDirectory Data { get; }

    public ServiceProvider Services { get; }

    public ListLoggerProvider Logs { get; }

    public CloudEscalator Escalator => Services.GetRequiredService<CloudEscalator>();

    public Task<EscalationResult> EscalateAsync(string question, IReadOnlyList<(string Role, string Text)>? history = null) =>
        Escalator.EscalateAsync(question, history).WaitAsync(TestTimeout);

    public static async Task<EscalationHarness> StartAsync(
        Action<Dictionary<string, string?>, FakeOpenAIServer>? configure = null,
        Action<IServiceCollection>? services = null)
    {
        var server = await FakeOpenAIServer.StartAsync().WaitAsync(TestTimeout);
        var data = new TempDirectory("slm-cloud");
        var settings = new Dictionary<string, string?>
        {
            ["Knowledge:DataDirectory"] = data.Path,
            ["Escalation:Provider"] = "OpenAI",
            ["Escalation:Endpoint"] = server.OpenAIEndpoint.ToString(),
            ["Escalation:Model"] = Model,
            ["Escalation:ApiKey"] = ApiKey,
            ["Escalation:CompanyName"] = "Maple Grove Family Clinic",
            ["Escalation:TimeoutSeconds"] = "10",
            ["Escalation:AttemptTimeoutSeconds"] = "10",
            ["Escalation:MaxRetries"] = "2",
            ["Escalation:RetryDelaySeconds"] = "0.01",
            ["Escalation:CircuitBreakerMinimumThroughput"] = "1000",
            ["Escalation:InputPricePerMillion"] = "2.50",
            ["Escalation:OutputPricePerMillion"] = "10.00",
        };
        configure?.Invoke(settings, server);

        var logs = new ListLoggerProvider();
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        collection.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        collection.AddSlmEscalation();
        collection.AddKernel();
        services?.Invoke(collection);
        var provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new EscalationHarness(server, data, provider, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
        Data.Dispose();
    }
}

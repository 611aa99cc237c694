using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Domains;
using SlmAssistant.Abstractions.Routing;
using SlmAssistant.Answering;
using SlmAssistant.Answering.Domains;
using SlmAssistant.Bot.Conversations;
using SlmAssistant.Routing.Redaction;

namespace SlmAssistant.Bot.Tests.Infrastructure;

/// <summary>
/// The bot as the host wires it (AddSlmBot + MapBot) in a real Kestrel on 127.0.0.1, with a scripted answer service
/// and its SQLite database in a test folder.
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    public const string DirectLineSecret = "test-direct-line-secret";

    private readonly TestDirectory? _ownedData;

    private BotTestHost(WebApplication app, Uri baseAddress, TestDirectory? ownedData)
    {
        _ownedData = ownedData;
        App = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => App.Services;

    public IConversationStore Store => Services.GetRequiredService<IConversationStore>();

    /// <param name="dataDirectory">
    /// Where knowledge.db goes; pass the same folder to a second host to "restart". Null gives the host a folder of its
    /// own, deleted when it stops.
    /// </param>
    public static async Task<BotTestHost> StartAsync(
        IAnswerService answers,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null,
        string? dataDirectory = null,
        Action<WebApplication>? map = null)
    {
        var ownedData = dataDirectory is null ? new TestDirectory() : null;
        dataDirectory ??= ownedData!.Path;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:DataDirectory"] = dataDirectory,
            ["Bot:AllowUnauthenticated"] = "true",
            ["Bot:DirectLineSecret"] = DirectLineSecret,
            ["Bot:StreamingIntervalMilliseconds"] = "0",
            ["Bot:DirectLine:AllowAnonymousTokens"] = "true",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddProblemDetails();
        builder.Services.AddSlmBot();

        // The host's own catalogue of plugins/Domains, as the answer side reads it.
        builder.Services.AddSingleton<IDomainCatalog>(new DomainCatalog(Options.Create(new AnsweringOptions { PluginsDirectory = RepositoryRoot.Plugins })));
        builder.Services.AddSingleton(answers);
        builder.Services.AddSingleton<IPiiRedactor, PiiRedactor>(); // The host's (AddSlmEscalation): the store redacts with it.
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapBot();
        map?.Invoke(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new BotTestHost(app, new Uri(address), ownedData);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        _ownedData?.Dispose();
    }
}

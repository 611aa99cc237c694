using System.Net.Http.Headers;
using SlmAssistant.TestKit;
using SlmAssistant.Tools.TinyModel;

namespace SlmAssistant.Host.Tests.OpenAI;

/// <summary>
/// The real host on 127.0.0.1 with its OpenAI-compatible endpoint enabled, two API keys and a tiny generated model
/// (folder "tiny-chat") that replies <see cref="Script"/>; no knowledge is seeded (the endpoint does not use it).
/// </summary>
public sealed class OpenAIHostFixture : IAsyncLifetime, IDisposable
{
    public const string Script = "Hello! I am the tiny local model. How can I help you today?";
    public const string Key = "sk-test-first-key";
    public const string OtherKey = "sk-test-second-key";
    public const string ChatModel = "tiny-chat";
    public const string EmbeddingModel = "snowflake-arctic-embed-xs";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly TempDirectory _files = new("slm-openai");

    public RunningHost Host { get; private set; } = null!;

    /// <summary>The endpoint's base, <c>http://127.0.0.1:PORT/v1/</c>.</summary>
    public Uri V1 => new(Host.Client.BaseAddress!, "/v1/");

    public static string[] Settings(string modelDirectory, params string[] more) =>
    [
        "--Seeding:Enabled=false",
        $"--Slm:ModelPath={modelDirectory}",
        "--Serving:OpenAI:Enabled=true",
        $"--Serving:OpenAI:ApiKeys:0={Key}",
        $"--Serving:OpenAI:ApiKeys:1={OtherKey}",
        .. more,
    ];

    public async Task InitializeAsync()
    {
        var model = TinyModelWriter.Write(Path.Combine(_files.Path, ChatModel), new TinyModelOptions { Script = Script, AdapterScript = null });
        Directory.CreateDirectory(Path.Combine(_files.Path, "knowledge"));
        Host = await RunningHost.StartAsync(Path.Combine(_files.Path, "knowledge"), Settings(model.Directory));
    }

    /// <summary>A client of the host with <paramref name="key"/> as its bearer key (none when null).</summary>
    public HttpClient Client(string? key = Key)
    {
        var client = new HttpClient { BaseAddress = V1, Timeout = Timeout };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
    }

    public void Dispose() => _files.Dispose();
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SlmAssistant.TestKit;
using SlmAssistant.Tools.TinyModel;

namespace SlmAssistant.Host.Tests.OpenAI;

/// <summary>The endpoint's switches: off by default, keys required when on, a rate limit per key, no local model.</summary>
public sealed class OpenAIServingSetupTests : IDisposable
{
    private readonly TempDirectory _files = new("slm-openai-setup");

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task TheEndpointIsAbsentUnlessEnabled()
    {
        await using var host = await RunningHost.StartAsync(_files.Path, "--Seeding:Enabled=false", $"--Serving:OpenAI:ApiKeys:0={OpenAIHostFixture.Key}");
        host.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", OpenAIHostFixture.Key);

        using var models = await host.Client.GetAsync(new Uri("/v1/models", UriKind.Relative));
        using var chat = await host.Client.PostAsJsonAsync(new Uri("/v1/chat/completions", UriKind.Relative), new { model = "x", messages = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.NotFound, models.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, chat.StatusCode);
    }

    [Fact]
    public async Task EnablingItWithoutAKeyStopsTheHostAtStartUp()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            RunningHost.StartAsync(_files.Path, "--Seeding:Enabled=false", "--Serving:OpenAI:Enabled=true"));

        Assert.Contains("Serving:OpenAI:ApiKeys", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutALocalModelItServesTheEmbedderOnlyAndChatSaysSo()
    {
        await using var host = await RunningHost.StartAsync(_files.Path, "--Seeding:Enabled=false", "--Serving:OpenAI:Enabled=true", $"--Serving:OpenAI:ApiKeys:0={OpenAIHostFixture.Key}");
        host.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", OpenAIHostFixture.Key);

        using var models = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri("/v1/models", UriKind.Relative)));
        using var chat = await host.Client.PostAsJsonAsync(new Uri("/v1/chat/completions", UriKind.Relative),
            new { model = "local", messages = new[] { new { role = "user", content = "hi" } } });
        using var error = JsonDocument.Parse(await chat.Content.ReadAsStringAsync());

        Assert.Equal([OpenAIHostFixture.EmbeddingModel], models.RootElement.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, chat.StatusCode);
        Assert.Equal("model_not_found", error.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("no local chat model is configured", error.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachKeyHasItsOwnRateLimitAndPastItGets429WithRetryAfter()
    {
        var model = TinyModelWriter.Write(Path.Combine(_files.Path, "model"), new TinyModelOptions { AdapterScript = null });
        await using var host = await RunningHost.StartAsync(_files.Path, OpenAIHostFixture.Settings(model.Directory,
            "--Serving:OpenAI:RequestsPerWindow=2", "--Serving:OpenAI:RateLimitWindowSeconds=600"));
        using var first = Client(host, OpenAIHostFixture.Key);
        using var second = Client(host, OpenAIHostFixture.OtherKey);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await first.GetAsync(new Uri("/v1/models", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        using var limited = await first.PostAsJsonAsync(new Uri("/v1/embeddings", UriKind.Relative), new { model = OpenAIHostFixture.EmbeddingModel, input = "hi" });
        using var error = JsonDocument.Parse(await limited.Content.ReadAsStringAsync());
        using var other = await second.GetAsync(new Uri("/v1/models", UriKind.Relative));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("rate_limit_exceeded", error.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private static HttpClient Client(RunningHost host, string key)
    {
        var client = new HttpClient { BaseAddress = host.Client.BaseAddress, Timeout = OpenAIHostFixture.Timeout };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}

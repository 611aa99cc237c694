using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SlmAssistant.Host.Tests.OpenAI;

/// <summary>The OpenAI-compatible endpoint over raw HTTP: the shapes OpenAI clients read, and the model's real reply.</summary>
[Collection(OpenAIHostGroup.Name)]
public sealed class OpenAIEndpointTests(OpenAIHostFixture host)
{
    private static readonly object[] Hello = [new { role = "system", content = "You are helpful." }, new { role = "user", content = "Say hello." }];

    [Fact]
    public async Task ModelsListsTheLocalChatModelAndTheEmbedder()
    {
        using var client = host.Client();

        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("models", UriKind.Relative)));
        using var one = JsonDocument.Parse(await client.GetStringAsync(new Uri("models/" + OpenAIHostFixture.ChatModel, UriKind.Relative)));

        Assert.Equal("list", list.RootElement.GetProperty("object").GetString());
        var ids = list.RootElement.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Equal([OpenAIHostFixture.ChatModel, OpenAIHostFixture.EmbeddingModel], ids);
        Assert.All(list.RootElement.GetProperty("data").EnumerateArray(), m => Assert.Equal("model", m.GetProperty("object").GetString()));
        Assert.Equal(OpenAIHostFixture.ChatModel, one.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task ChatCompletionAnswersWithTheModelsReplyAndItsTokenCounts()
    {
        using var client = host.Client();

        using var response = await client.PostAsJsonAsync(new Uri("chat/completions", UriKind.Relative), new { model = OpenAIHostFixture.ChatModel, messages = Hello, temperature = 0 });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = json.RootElement;
        Assert.Equal("chat.completion", root.GetProperty("object").GetString());
        Assert.StartsWith("chatcmpl-", root.GetProperty("id").GetString(), StringComparison.Ordinal);
        var choice = root.GetProperty("choices")[0];
        Assert.Equal(OpenAIHostFixture.Script, choice.GetProperty("message").GetProperty("content").GetString());
        Assert.Equal("assistant", choice.GetProperty("message").GetProperty("role").GetString());
        Assert.Equal("stop", choice.GetProperty("finish_reason").GetString());
        var usage = root.GetProperty("usage");
        Assert.True(usage.GetProperty("prompt_tokens").GetInt32() > 5);
        Assert.True(usage.GetProperty("completion_tokens").GetInt32() > 5);
        Assert.Equal(usage.GetProperty("prompt_tokens").GetInt32() + usage.GetProperty("completion_tokens").GetInt32(), usage.GetProperty("total_tokens").GetInt32());
    }

    [Fact]
    public async Task StreamingSendsServerSentChunksThatAddUpToTheReplyAndEndsWithDone()
    {
        using var client = host.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("chat/completions", UriKind.Relative))
        {
            Content = JsonContent.Create(new { model = OpenAIHostFixture.ChatModel, messages = Hello, stream = true, stream_options = new { include_usage = true } }),
        };

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var events = (await response.Content.ReadAsStringAsync()).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.All(events, e => Assert.StartsWith("data: ", e, StringComparison.Ordinal));
        Assert.Equal("data: [DONE]", events[^1]);
        var chunks = events[..^1].Select(e => JsonDocument.Parse(e["data: ".Length..]).RootElement).ToList();
        Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", c.GetProperty("object").GetString()));
        var withChoices = chunks.Where(c => c.GetProperty("choices").GetArrayLength() > 0).Select(c => c.GetProperty("choices")[0]).ToList();
        var text = string.Concat(withChoices.Select(c => c.GetProperty("delta").TryGetProperty("content", out var t) ? t.GetString() : null));
        Assert.Equal(OpenAIHostFixture.Script, text);
        Assert.True(withChoices.Count(c => c.GetProperty("delta").TryGetProperty("content", out var t) && t.GetString()!.Length > 0) > 3, "the reply came in one piece, not streamed");
        Assert.Equal("stop", withChoices[^1].GetProperty("finish_reason").GetString());
        Assert.True(chunks[^1].GetProperty("usage").GetProperty("completion_tokens").GetInt32() > 5);
    }

    [Fact]
    public async Task StopSequenceAndMaxTokensEndTheReplyEarly()
    {
        using var client = host.Client();

        using var stopped = await PostAsync(client, new { model = OpenAIHostFixture.ChatModel, messages = Hello, stop = new[] { "tiny" } });
        using var capped = await PostAsync(client, new { model = OpenAIHostFixture.ChatModel, messages = Hello, max_tokens = 3 });

        var stop = stopped.RootElement.GetProperty("choices")[0];
        Assert.Equal("Hello! I am the ", stop.GetProperty("message").GetProperty("content").GetString());
        Assert.Equal("stop", stop.GetProperty("finish_reason").GetString());
        var cap = capped.RootElement.GetProperty("choices")[0];
        Assert.Equal("length", cap.GetProperty("finish_reason").GetString());
        Assert.Equal(3, capped.RootElement.GetProperty("usage").GetProperty("completion_tokens").GetInt32());
        Assert.StartsWith(cap.GetProperty("message").GetProperty("content").GetString()!, OpenAIHostFixture.Script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonSchemaResponseFormatConstrainsTheReplyToTheSchema()
    {
        using var client = host.Client();
        var schema = JsonDocument.Parse("""
            {"type":"object","properties":{"mood":{"type":"string","enum":["happy","sad"]},"score":{"type":"integer","minimum":0,"maximum":9}},
             "required":["mood","score"],"additionalProperties":false}
            """).RootElement;

        using var schemaReply = await PostAsync(client, new
        {
            model = OpenAIHostFixture.ChatModel,
            messages = Hello,
            response_format = new { type = "json_schema", json_schema = new { name = "mood", schema, strict = true } },
        });
        using var objectReply = await PostAsync(client, new { model = OpenAIHostFixture.ChatModel, messages = Hello, max_tokens = 200, response_format = new { type = "json_object" } });

        using var mood = JsonDocument.Parse(schemaReply.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!);
        Assert.Contains(mood.RootElement.GetProperty("mood").GetString(), new[] { "happy", "sad" });
        Assert.InRange(mood.RootElement.GetProperty("score").GetInt32(), 0, 9);
        Assert.Equal(2, mood.RootElement.EnumerateObject().Count());
        var objectText = objectReply.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;
        Assert.StartsWith("{", objectText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbeddingsAreTheSameAsFloatsAndAsBase64WithTokenUsage()
    {
        using var client = host.Client();
        string[] input = ["How do I return an item?", "Our opening hours"];

        using var floats = await PostAsync(client, new { model = OpenAIHostFixture.EmbeddingModel, input }, "embeddings");
        using var base64 = await PostAsync(client, new { model = OpenAIHostFixture.EmbeddingModel, input = input[0], encoding_format = "base64" }, "embeddings");

        var data = floats.RootElement.GetProperty("data");
        Assert.Equal(2, data.GetArrayLength());
        var first = data[0].GetProperty("embedding").EnumerateArray().Select(v => v.GetSingle()).ToArray();
        var second = data[1].GetProperty("embedding").EnumerateArray().Select(v => v.GetSingle()).ToArray();
        Assert.Equal(384, first.Length);
        Assert.Equal(1, data[1].GetProperty("index").GetInt32());
        Assert.InRange(first.Sum(v => v * v), 0.99f, 1.01f);
        Assert.NotEqual(first, second);
        var decoded = Convert.FromBase64String(base64.RootElement.GetProperty("data")[0].GetProperty("embedding").GetString()!);
        var fromBase64 = new float[decoded.Length / sizeof(float)];
        Buffer.BlockCopy(decoded, 0, fromBase64, 0, decoded.Length);
        Assert.Equal(first, fromBase64);
        Assert.True(floats.RootElement.GetProperty("usage").GetProperty("prompt_tokens").GetInt32() > base64.RootElement.GetProperty("usage").GetProperty("prompt_tokens").GetInt32());
    }

    [Theory]
    [InlineData(null, "You didn't provide an API key")]
    [InlineData("sk-wrong", "Incorrect API key")]
    public async Task ARequestWithoutAValidKeyGets401InOpenAIsShape(string? key, string message)
    {
        using var client = host.Client(key);

        foreach (var (method, path) in new[] { (HttpMethod.Get, "models"), (HttpMethod.Post, "chat/completions"), (HttpMethod.Post, "embeddings") })
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = method == HttpMethod.Post ? JsonContent.Create(new { model = "x" }) : null };
            using var response = await client.SendAsync(request);
            using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains(message, error.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal("invalid_api_key", error.RootElement.GetProperty("error").GetProperty("code").GetString());
        }
    }

    [Theory]
    [InlineData("chat/completions", "{\"model\":", null, "invalid_json")]
    [InlineData("chat/completions", "[1,2]", null, "invalid_json")]
    [InlineData("chat/completions", "{\"model\":\"tiny-chat\"}", "messages", "missing_required_parameter")]
    [InlineData("chat/completions", "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "model", "missing_required_parameter")]
    [InlineData("chat/completions", "{\"model\":\"tiny-chat\",\"messages\":[]}", "messages", "empty_array")]
    [InlineData("chat/completions", "{\"model\":\"tiny-chat\",\"messages\":\"hi\"}", "messages", "invalid_value")]
    [InlineData("chat/completions", "{\"model\":\"tiny-chat\",\"messages\":[{\"role\":\"robot\",\"content\":\"hi\"}]}", "messages[0].role", "invalid_value")]
    [InlineData("chat/completions", "{\"model\":\"tiny-chat\",\"messages\":[{\"role\":\"user\",\"content\":42}]}", "messages[0].content", "invalid_value")]
    [InlineData("chat/completions", "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "model", "model_not_found")]
    [InlineData("chat/completions", "{\"model\":\"tiny-chat\",\"temperature\":\"hot\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "temperature", "invalid_value")]
    [InlineData("chat/completions", "{\"model\":\"tiny-chat\",\"max_tokens\":0,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "max_tokens", "invalid_value")]
    [InlineData("chat/completions", "{\"model\":\"tiny-chat\",\"stream\":\"yes\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "stream", "invalid_value")]
    [InlineData("chat/completions", "{\"model\":\"tiny-chat\",\"stop\":[\"a\",\"b\",\"c\",\"d\",\"e\"],\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "stop", "invalid_value")]
    [InlineData("chat/completions", "{\"model\":\"tiny-chat\",\"response_format\":{\"type\":\"xml\"},\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "response_format.type", "invalid_value")]
    [InlineData("chat/completions", "{\"model\":\"tiny-chat\",\"response_format\":{\"type\":\"json_schema\"},\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "response_format.json_schema.schema", "invalid_value")]
    [InlineData("chat/completions", "{\"model\":\"tiny-chat\",\"tools\":[{\"type\":\"function\"}],\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "tools", "unsupported_parameter")]
    [InlineData("embeddings", "{\"model\":\"snowflake-arctic-embed-xs\"}", "input", "missing_required_parameter")]
    [InlineData("embeddings", "{\"model\":\"snowflake-arctic-embed-xs\",\"input\":[[1,2,3]]}", "input", "invalid_value")]
    [InlineData("embeddings", "{\"model\":\"snowflake-arctic-embed-xs\",\"input\":\"hi\",\"encoding_format\":\"int8\"}", "encoding_format", "invalid_value")]
    [InlineData("embeddings", "{\"model\":\"snowflake-arctic-embed-xs\",\"input\":\"hi\",\"dimensions\":1024}", "dimensions", "invalid_value")]
    [InlineData("embeddings", "{\"model\":\"tiny-chat\",\"input\":\"hi\"}", "model", "model_not_found")]
    public async Task AMalformedRequestGets400InOpenAIsShape(string path, string body, string? param, string code)
    {
        using var client = host.Client();

        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = json.RootElement.GetProperty("error");
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.Equal(param, error.GetProperty("param").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task APromptOverTheModelsContextGets400NotAFailedGeneration()
    {
        using var client = host.Client();
        var tooLong = string.Join(' ', Enumerable.Repeat("refund", 3000));

        using var response = await client.PostAsJsonAsync(new Uri("chat/completions", UriKind.Relative),
            new { model = OpenAIHostFixture.ChatModel, messages = new[] { new { role = "user", content = tooLong } } });
        using var capped = await client.PostAsJsonAsync(new Uri("chat/completions", UriKind.Relative),
            new { model = OpenAIHostFixture.ChatModel, messages = Hello, max_tokens = 100_000 });
        using var longInput = await client.PostAsJsonAsync(new Uri("embeddings", UriKind.Relative), new { model = OpenAIHostFixture.EmbeddingModel, input = tooLong });

        foreach (var (reply, param) in new[] { (response, "messages"), (capped, "messages"), (longInput, "input[0]") })
        {
            using var json = JsonDocument.Parse(await reply.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
            Assert.Equal("context_length_exceeded", json.RootElement.GetProperty("error").GetProperty("code").GetString());
            Assert.Equal(param, json.RootElement.GetProperty("error").GetProperty("param").GetString());
        }
    }

    private static async Task<JsonDocument> PostAsync(HttpClient client, object body, string path = "chat/completions")
    {
        using var response = await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text);
    }
}

using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SlmAssistant.TestKit.Cloud;

/// <summary>
/// A real OpenAI-compatible chat completions server on 127.0.0.1 (ephemeral port), for tests that must cross HTTP:
/// POST /v1/chat/completions (OpenAI, plain and stream: true SSE) and
/// POST /openai/deployments/{deployment}/chat/completions?api-version=… (Azure OpenAI).
/// Every request is recorded. The default reply names the placeholders ([NAME_1] …) it saw in the last user message,
/// and reports usage. Failures are scriptable: a delay, N failures then success, always failing, any status code.
/// </summary>
public sealed partial class FakeOpenAIServer : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<FakeCloudRequest> _requests = [];
    private readonly WebApplication _app;
    private int _failuresLeft;
    private int _failureStatus = 500;
    private TimeSpan _delay;

    private FakeOpenAIServer(WebApplication app) => _app = app;

    /// <summary>http://127.0.0.1:{port}/</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The base URL an OpenAI client takes: http://127.0.0.1:{port}/v1</summary>
    public Uri OpenAIEndpoint => new(BaseAddress, "v1");

    /// <summary>Builds the assistant's reply from the last user message; replace it to script answers.</summary>
    public Func<string, string> Reply { get; set; } = DefaultReply;

    public IReadOnlyList<FakeCloudRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeOpenAIServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeOpenAIServer(app);
        app.MapPost("/v1/chat/completions", context => server.HandleAsync(context, deployment: null));
        app.MapPost("/chat/completions", context => server.HandleAsync(context, deployment: null));
        app.MapPost("/openai/deployments/{deployment}/chat/completions", context =>
            server.HandleAsync(context, (string?)context.Request.RouteValues["deployment"]));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The next <paramref name="count"/> requests fail with <paramref name="statusCode"/>; later ones succeed.</summary>
    public void FailNext(int count, int statusCode = StatusCodes.Status500InternalServerError)
    {
        lock (_gate)
        {
            _failuresLeft = count;
            _failureStatus = statusCode;
        }
    }

    /// <summary>Every request fails with <paramref name="statusCode"/> until <see cref="Reset"/>.</summary>
    public void FailAlways(int statusCode = StatusCodes.Status500InternalServerError) => FailNext(int.MaxValue, statusCode);

    /// <summary>Waits this long before answering (or failing): for timeouts.</summary>
    public void DelayResponses(TimeSpan delay)
    {
        lock (_gate)
        {
            _delay = delay;
        }
    }

    /// <summary>Back to prompt, successful answers; the recorded requests are kept.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _failuresLeft = 0;
            _delay = TimeSpan.Zero;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string DefaultReply(string question)
    {
        var placeholders = PlaceholderPattern().Matches(question).Select(m => m.Value).Distinct().ToList();
        return placeholders.Count == 0
            ? "Here is a short general answer from the fake cloud."
            : $"Here is a short general answer from the fake cloud for {string.Join(" and ", placeholders)}.";
    }

    private async Task HandleAsync(HttpContext context, string? deployment)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = FakeChatRequest.Parse(body);
        int status;
        TimeSpan delay;
        lock (_gate)
        {
            delay = _delay;
            status = _failuresLeft > 0 ? _failureStatus : StatusCodes.Status200OK;
            if (_failuresLeft is > 0 and < int.MaxValue)
            {
                _failuresLeft--;
            }
        }

        var reply = status == StatusCodes.Status200OK ? Reply(request.LastUserMessage) : null;
        var promptTokens = Math.Max(1, request.Messages.Sum(m => m.Content.Length) / 4);
        var completionTokens = reply is null ? 0 : Math.Max(1, reply.Length / 4);
        var credential = context.Request.Headers.Authorization.FirstOrDefault()?.Replace("Bearer ", string.Empty, StringComparison.Ordinal)
            ?? context.Request.Headers["api-key"].FirstOrDefault();
        lock (_gate)
        {
            _requests.Add(new FakeCloudRequest(
                context.Request.Path, deployment, context.Request.Query["api-version"].FirstOrDefault(), credential, body,
                request.Model, request.Stream, request.Messages, status, reply, promptTokens, completionTokens));
        }

        try
        {
            await Task.Delay(delay, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return; // The client gave up (its timeout fired): nothing left to answer.
        }

        if (reply is null)
        {
            await WriteErrorAsync(context, status);
        }
        else if (request.Stream)
        {
            await FakeCompletionWriter.WriteStreamAsync(context, request, reply, promptTokens, completionTokens);
        }
        else
        {
            await FakeCompletionWriter.WriteAsync(context, request, reply, promptTokens, completionTokens);
        }
    }

    private static Task WriteErrorAsync(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        var (type, code, message) = status switch
        {
            StatusCodes.Status401Unauthorized => ("invalid_request_error", "invalid_api_key", "Incorrect API key provided."),
            StatusCodes.Status429TooManyRequests => ("requests", "rate_limit_exceeded", "Rate limit reached."),
            _ => ("server_error", "server_error", "The fake cloud failed as scripted."),
        };
        var error = new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["code"] = code } };
        return context.Response.WriteAsJsonAsync(error, JsonSerializerOptions.Default, context.RequestAborted);
    }

    [GeneratedRegex(@"\[[A-Z]+_\d+\]")]
    private static partial Regex PlaceholderPattern();
}

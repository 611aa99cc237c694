using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Queue = System.Threading.Channels.Channel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Tests.Infrastructure;

/// <summary>A channel's Bot Connector service: records each posted activity with its path and Authorization header.</summary>
public sealed class ConnectorRecorder : IAsyncDisposable
{
    private readonly Channel<RecordedReply> _replies = Queue.CreateUnbounded<RecordedReply>();
    private readonly ConcurrentQueue<RecordedReply> _all = new();
    private LocalServer? _server;
    private int _next;

    public Uri ServiceUrl => _server!.BaseAddress;

    public IReadOnlyCollection<RecordedReply> All => _all;

    public static async Task<ConnectorRecorder> StartAsync()
    {
        var recorder = new ConnectorRecorder();
        recorder._server = await LocalServer.StartAsync(app =>
        {
            app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", recorder.RecordAsync);
        });
        return recorder;
    }

    /// <summary>The next posted activity, waiting at most ten seconds.</summary>
    public async Task<RecordedReply> NextAsync() => await _replies.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task<IResult> RecordAsync(HttpContext http, string conversationId, string? replyToId)
    {
        var activity = await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, ProtocolJson.Options);
        var id = $"connector-{Interlocked.Increment(ref _next)}";
        var reply = new RecordedReply(http.Request.Path, conversationId, replyToId, http.Request.Headers.Authorization.ToString(), activity!, id);
        _all.Enqueue(reply);
        await _replies.Writer.WriteAsync(reply);
        return Results.Json(new { id });
    }
}

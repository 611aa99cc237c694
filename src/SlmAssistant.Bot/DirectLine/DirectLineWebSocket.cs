using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SlmAssistant.Bot.Conversations;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.DirectLine;

/// <summary>
/// The WebSocket at a conversation's streamUrl: first every activity after the URL's watermark (all of them for a
/// new connection, so a resumed page shows its history), then each new one as it happens, as {activities, watermark}
/// messages, with an empty message now and then to keep idle connections open. Whatever the client sends is ignored.
/// </summary>
public sealed class DirectLineWebSocket(
    DirectLineTokenService tokens,
    DirectLineHub hub,
    IConversationStore store,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime)
{
    public async Task HandleAsync(HttpContext http)
    {
        var conversationId = (string)http.GetRouteValue("conversationId")!;
        var read = await tokens.ReadAsync(http.Request.Query["t"].ToString(), http.RequestAborted);
        if (read is not { Status: DirectLineTokenStatus.Valid, Claims: { Kind: DirectLineTokenKind.Stream } claims } || claims.ConversationId != conversationId)
        {
            http.Response.StatusCode = read.Status == DirectLineTokenStatus.Expired ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
            return;
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync("This is a Direct Line stream: connect with a WebSocket.", http.RequestAborted);
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        using var subscription = hub.Subscribe(conversationId);
        var receiving = DrainAsync(socket, stop);
        try
        {
            await SendAsync(socket, subscription, conversationId, ParseWatermark(http.Request.Query["watermark"]), stop.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client left or the host is stopping.
        }

        await stop.CancelAsync();
        await receiving;
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, closing.Token)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private async Task SendAsync(WebSocket socket, DirectLineSubscription subscription, string conversationId, long watermark, CancellationToken cancellationToken)
    {
        // Subscribed before reading the backlog: an activity added meanwhile arrives twice and is skipped by watermark.
        while (true)
        {
            var page = await store.GetActivitiesAsync(conversationId, watermark, options.Value.PageSize, cancellationToken);
            if (page.Count > 0)
            {
                watermark = page[^1].Watermark;
                await SendSetAsync(socket, page.Select(a => a.Activity).ToList(), watermark, cancellationToken);
            }

            if (page.Count < options.Value.PageSize)
            {
                break;
            }
        }

        var keepAlive = TimeSpan.FromSeconds(options.Value.KeepAliveSeconds);
        while (!cancellationToken.IsCancellationRequested)
        {
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            idle.CancelAfter(keepAlive);
            HubFrame frame;
            try
            {
                frame = await subscription.Reader.ReadAsync(idle.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                continue;
            }

            if (frame.Watermark is { } position)
            {
                if (position <= watermark)
                {
                    continue;
                }

                watermark = position;
            }

            await SendSetAsync(socket, [frame.Activity], watermark, cancellationToken);
        }
    }

    private static async Task SendSetAsync(WebSocket socket, IReadOnlyList<Activity> activities, long watermark, CancellationToken cancellationToken)
    {
        var set = new ActivitySet(activities, watermark > 0 ? watermark.ToString(CultureInfo.InvariantCulture) : null);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(set, ProtocolJson.Options);
        await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
    }

    // Reads (and drops) what the client sends - Direct Line clients ping with empty messages - until it closes.
    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
        }

        await stop.CancelAsync();
    }
}

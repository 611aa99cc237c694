using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using SlmAssistant.Bot.DirectLine;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Tests.Infrastructure;

/// <summary>Direct Line calls as DirectLineJS makes them, for tests.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: ProtocolJson.Options);
        }

        return await http.SendAsync(request);
    }

    public async Task<DirectLineConversation> StartAsync(string bearer)
    {
        using var response = await SendAsync(HttpMethod.Post, "v3/directline/conversations", bearer);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DirectLineConversation>(ProtocolJson.Options))!;
    }

    public async Task<string> PostMessageAsync(DirectLineConversation conversation, string text, string userId = "user-1")
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount(userId, Role: "user") };
        using var response = await SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token, activity);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ResourceResponse>(ProtocolJson.Options))!.Id!;
    }

    public async Task<ActivitySet> GetActivitiesAsync(string conversationId, string bearer, string? watermark = null)
    {
        var query = watermark is null ? string.Empty : $"?watermark={watermark}";
        using var response = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities{query}", bearer);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ActivitySet>(ProtocolJson.Options))!;
    }

    /// <summary>Polls the activities (as DirectLineJS does without WebSockets) until one matches.</summary>
    public async Task<Activity> WaitForActivityAsync(string conversationId, string bearer, Func<Activity, bool> match)
    {
        using var timeout = new CancellationTokenSource(Patience);
        string? watermark = null;
        while (true)
        {
            var set = await GetActivitiesAsync(conversationId, bearer, watermark);
            if (set.Activities.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            watermark = set.Watermark;
            if (set.Activities.Count == 0)
            {
                await Task.Delay(50, timeout.Token);
            }
        }
    }

    public static async Task<ClientWebSocket> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None).WaitAsync(Patience);
        return socket;
    }

    /// <summary>The next message on the stream: an activity set, or null for an empty keep-alive.</summary>
    public static async Task<ActivitySet?> ReceiveAsync(WebSocket socket, TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? Patience);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("The stream was closed.");
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                break;
            }
        }

        return message.Length == 0 ? null : JsonSerializer.Deserialize<ActivitySet>(Encoding.UTF8.GetString(message.ToArray()), ProtocolJson.Options);
    }

    /// <summary>Reads the stream until an activity matches; returns every activity read, the match last.</summary>
    public static async Task<List<Activity>> ReceiveUntilAsync(WebSocket socket, Func<Activity, bool> match)
    {
        var seen = new List<Activity>();
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var set = await ReceiveAsync(socket).WaitAsync(timeout.Token);
            foreach (var activity in set?.Activities ?? [])
            {
                seen.Add(activity);
                if (match(activity))
                {
                    return seen;
                }
            }
        }
    }
}

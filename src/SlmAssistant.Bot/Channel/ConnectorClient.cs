using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Channel;

/// <summary>Posts activities to a channel's Bot Connector service (POST {serviceUrl}/v3/conversations/{id}/activities/{replyToId}).</summary>
public sealed class ConnectorClient(HttpClient http, IBotTokenProvider tokens)
{
    public async Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var serviceUrl = activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl to reply to.");
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.");
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (activity.ReplyToId is { } replyToId)
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), path))
        {
            Content = JsonContent.Create(activity, options: ProtocolJson.Options),
        };
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException(
                $"The channel at {serviceUrl} refused the reply: {(int)response.StatusCode} {body}", null, response.StatusCode);
        }

        // Channels answer with a ResourceResponse ({"id": …}); some answer with an empty body.
        var json = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ResourceResponse>(json, ProtocolJson.Options)?.Id;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace SlmAssistant.Bot.DirectLine;

/// <summary>Direct Line 3.0 (/v3/directline), enough of it for botframework-webchat and DirectLineJS, served by this host.</summary>
public static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath).WithTags("Direct Line").AddEndpointFilter<CorsFilter>();
        group.MapPost("/tokens/generate", DirectLineHandlers.GenerateTokenAsync).WithName("DirectLineGenerateToken");
        group.MapPost("/tokens/refresh", DirectLineHandlers.RefreshTokenAsync).WithName("DirectLineRefreshToken");
        group.MapPost("/conversations", DirectLineHandlers.StartConversationAsync).WithName("DirectLineStartConversation");
        group.MapGet("/conversations/{conversationId}", DirectLineHandlers.ReconnectAsync).WithName("DirectLineReconnect");
        group.MapGet("/conversations/{conversationId}/activities", DirectLineHandlers.GetActivitiesAsync).WithName("DirectLineGetActivities");
        group.MapPost("/conversations/{conversationId}/activities", DirectLineHandlers.PostActivityAsync).WithName("DirectLinePostActivity");
        group.MapMethods("/{**path}", [HttpMethods.Options], CorsFilter.Preflight).ExcludeFromDescription();

        // The stream runs the WebSocket middleware itself, so the host needs no app.UseWebSockets().
        var stream = app.CreateApplicationBuilder();
        stream.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        stream.Run(http => http.RequestServices.GetRequiredService<DirectLineWebSocket>().HandleAsync(http));
        app.Map($"{BasePath}/conversations/{{conversationId}}/stream", stream.Build()).WithName("DirectLineWebSocket").ExcludeFromDescription();
        return app;
    }

    /// <summary>The streamUrl for a conversation, on the host the request came to (ws:// or wss://).</summary>
    internal static string StreamUrl(HttpRequest request, string conversationId, string streamToken, long watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var query = watermark > 0 ? $"watermark={watermark.ToString(CultureInfo.InvariantCulture)}&" : string.Empty;
        return $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?{query}t={Uri.EscapeDataString(streamToken)}";
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SlmAssistant.Bot.Auth;
using SlmAssistant.Bot.Channel;
using SlmAssistant.Bot.DirectLine;
using SlmAssistant.Bot.Widget;

namespace SlmAssistant.Bot;

public static class BotEndpoints
{
    /// <summary>
    /// Maps POST /api/messages, Direct Line 3.0 (/v3/directline/…), the widget (/widget.js, /webchat/webchat.js,
    /// POST /api/widget/token) and the demo pages (/ and /demo/{tenant}).
    /// </summary>
    public static IEndpointRouteBuilder MapBot(this IEndpointRouteBuilder app)
    {
        app.MapPost(BotAuthenticationDefaults.MessagesPath, MessagesEndpoint.HandleAsync)
            .AddEndpointFilter<BotChannelAuthenticationFilter>()
            .WithTags("Bot")
            .WithName("BotMessages");
        app.MapDirectLine();
        app.MapWidget();
        return app;
    }
}

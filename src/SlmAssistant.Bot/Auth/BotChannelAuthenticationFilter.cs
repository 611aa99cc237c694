using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Bot.Auth;

/// <summary>
/// Guards /api/messages. With an app id, a valid Bot Framework token is required (401 otherwise). Without one, the
/// endpoint is open only when Bot:AllowUnauthenticated is true, and answers 503 with the reason otherwise.
/// </summary>
public sealed class BotChannelAuthenticationFilter(IOptions<BotOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (string.IsNullOrWhiteSpace(options.Value.MicrosoftAppId))
        {
            return options.Value.AllowUnauthenticated
                ? await next(context)
                : TypedResults.Problem(
                    "The bot channel is not configured: set Bot:MicrosoftAppId and Bot:MicrosoftAppPassword to accept Bot Framework "
                    + "channels, or Bot:AllowUnauthenticated=true for local development without authentication.",
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "Bot channel not configured");
        }

        var result = await http.AuthenticateAsync(BotAuthenticationDefaults.Scheme);
        if (!result.Succeeded)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            var reason = result.Failure is { } failure
                ? $"The bearer token was rejected: {failure.Message}"
                : "A Bot Framework bearer token is required (Authorization: Bearer …).";
            return TypedResults.Problem(reason, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        http.User = result.Principal;
        return await next(context);
    }
}

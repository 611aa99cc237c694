using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Bot.DirectLine;

/// <summary>
/// Lets pages on other sites (where the widget is embedded) call Direct Line and the widget token endpoint. Calls are
/// authorized by bearer tokens, never cookies, so any origin may be allowed; Bot:DirectLine:AllowedOrigins narrows it.
/// </summary>
public sealed class CorsFilter(IOptions<DirectLineOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        AddHeaders(context.HttpContext, options.Value);
        return await next(context);
    }

    public static IResult Preflight(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        if (!AddHeaders(http, options))
        {
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }

        http.Response.Headers.AccessControlAllowMethods = "GET, POST, OPTIONS";
        http.Response.Headers.AccessControlAllowHeaders = "Authorization, Content-Type, x-ms-bot-agent, x-requested-with";
        http.Response.Headers.AccessControlMaxAge = "600";
        return TypedResults.NoContent();
    }

    private static bool AddHeaders(HttpContext http, DirectLineOptions options)
    {
        var origin = http.Request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        if (options.AllowedOrigins.Length == 0)
        {
            http.Response.Headers.AccessControlAllowOrigin = "*";
            return true;
        }

        if (!options.AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        http.Response.Headers.AccessControlAllowOrigin = origin;
        http.Response.Headers.Vary = "Origin";
        return true;
    }
}

using Microsoft.AspNetCore.Http;

namespace SlmAssistant.Bot.Widget;

/// <summary>
/// Headers of the widget's host (demo) pages: no framing by other sites, no MIME sniffing, and a Content-Security-Policy
/// that runs only this host's scripts (/widget.js, /webchat/webchat.js) and talks only to this host (Direct Line's
/// HTTP and WebSocket). Styles may be inline: the page's tenant colour, and Web Chat builds its styles at run time.
/// </summary>
public sealed class WidgetPageHeaders : IEndpointFilter
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; " +
        "font-src 'self' data:; media-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var headers = context.HttpContext.Response.Headers;
        headers.XFrameOptions = "SAMEORIGIN";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        return next(context);
    }
}

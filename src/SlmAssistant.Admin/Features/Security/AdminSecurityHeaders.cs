using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace SlmAssistant.Admin.Features.Security;

/// <summary>
/// Headers on every response under /admin: no framing (clickjacking of the Erase and Delete buttons), no MIME
/// sniffing, no referrer, and a Content-Security-Policy that allows only the console's own files: its pages have no
/// inline script, style or handler, so an injected one does not run.
/// </summary>
internal sealed class AdminSecurityHeaders : IStartupFilter
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.OnStarting(static state =>
                {
                    var headers = ((HttpContext)state).Response.Headers;
                    headers.XFrameOptions = "DENY";
                    headers.XContentTypeOptions = "nosniff";
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    headers["Referrer-Policy"] = "no-referrer";
                    return Task.CompletedTask;
                }, context);
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

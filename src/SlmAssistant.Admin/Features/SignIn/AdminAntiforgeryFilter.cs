using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace SlmAssistant.Admin.Features.SignIn;

/// <summary>
/// Cross-site request forgery protection for the API: a state-changing request authenticated by the console's cookie
/// must carry the antiforgery token (the pages send it as a header). API-key requests carry no ambient credentials, so
/// they need none.
/// </summary>
internal sealed class AdminAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var safe = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method);
        if (!safe && http.User.Identity?.AuthenticationType == AdminAuthentication.CookieScheme)
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Missing or invalid antiforgery token",
                    detail: $"Send the token from the page in the '{AdminAuthentication.AntiforgeryHeader}' header, or use an {AdminAuthentication.ApiKeyHeader} header.");
            }
        }

        return await next(context);
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace SlmAssistant.Host.ServiceDefaults;

/// <summary>
/// Malformed requests (unreadable JSON, a missing body, a body over the size limit) become a ProblemDetails with the
/// reason and the right 4xx status, rather than a bare 400 whose reason only reaches the server log. The reason is
/// our own words (and the JSON position): the framework's messages name parameters and internal .NET types.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Title = "The request could not be read.",
                Detail = Describe(badRequest),
            },
        });
    }

    private static string Describe(BadHttpRequestException badRequest) => badRequest switch
    {
        { InnerException: JsonException json } => json.Path is { Length: > 0 } path
            ? $"The request body is not valid JSON for this request (at {path}, line {json.LineNumber + 1}, position {json.BytePositionInLine + 1})."
            : "The request body is not valid JSON for this request.",
        { StatusCode: StatusCodes.Status413PayloadTooLarge } => "The request body is too large.",
        { StatusCode: StatusCodes.Status415UnsupportedMediaType } => "The request body must be JSON (Content-Type: application/json).",
        _ => "The request is missing its body or a required value, or a value has the wrong form.",
    };
}

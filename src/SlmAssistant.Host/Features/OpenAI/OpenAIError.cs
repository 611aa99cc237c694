using System.Text.Json;

namespace SlmAssistant.Host.Features.OpenAI;

/// <summary>An error in OpenAI's shape, <c>{"error":{"message","type","param","code"}}</c>, which OpenAI clients read and raise.</summary>
public sealed record OpenAIError(int Status, string Message, string Type, string? Param, string? Code)
{
    public const string InvalidRequest = "invalid_request_error";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static OpenAIError BadRequest(string message, string? param = null, string? code = null) =>
        new(StatusCodes.Status400BadRequest, message, InvalidRequest, param, code);

    public object Body => new { error = new { message = Message, type = Type, param = Param, code = Code } };

    public IResult ToResult() => Results.Json(Body, Json, statusCode: Status);

    public Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = Status;
        return context.Response.WriteAsJsonAsync(Body, Json, context.RequestAborted);
    }
}

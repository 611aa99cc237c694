using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace SlmAssistant.Host.Features.OpenAI;

/// <summary>
/// A request's JSON object with typed, checked reads: a wrong type or range throws <see cref="OpenAIRequestException"/>
/// naming the field, so a bad request is a 400 in OpenAI's shape and never reaches the model. Unknown fields are
/// ignored, as clients send options this server does not use.
/// </summary>
public sealed class OpenAIJsonBody(JsonElement root)
{
    public JsonElement Root { get; } = root;

    /// <summary>Reads the body (at most <paramref name="maxBytes"/>) as one JSON object.</summary>
    public static async Task<OpenAIJsonBody> ReadAsync(HttpContext context, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = maxBytes;
        }

        if (context.Request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new OpenAIRequestException(OpenAIError.BadRequest("The request body must be a JSON object.", null, "invalid_json"));
            }

            return new OpenAIJsonBody(document.RootElement.Clone());
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is long line ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, position {e.BytePositionInLine + 1})") : string.Empty;
            throw new OpenAIRequestException(OpenAIError.BadRequest($"We could not parse the JSON body of your request{where}.", null, "invalid_json"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(maxBytes);
        }
    }

    public JsonElement? Get(string name) =>
        Root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public string RequiredString(string name) =>
        OptionalString(name) is { Length: > 0 } text ? text
            : throw new OpenAIRequestException(OpenAIError.BadRequest($"Missing required parameter: '{name}'.", name, "missing_required_parameter"));

    public string? OptionalString(string name) => Get(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        _ => throw OpenAIRequestException.Invalid(name, "a string"),
    };

    public bool? OptionalBool(string name) => Get(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw OpenAIRequestException.Invalid(name, "a boolean"),
    };

    public long? OptionalInteger(string name, long min, long max) => Get(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt64(out var number) && number >= min && number <= max => number,
        _ => throw OpenAIRequestException.Invalid(name, string.Create(CultureInfo.InvariantCulture, $"an integer from {min} to {max}")),
    };

    public double? OptionalNumber(string name, double min, double max) => Get(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value when value.GetDouble() is var number && number >= min && number <= max => number,
        _ => throw OpenAIRequestException.Invalid(name, string.Create(CultureInfo.InvariantCulture, $"a number from {min} to {max}")),
    };

    private static OpenAIRequestException TooLarge(long maxBytes) => new(new OpenAIError(
        StatusCodes.Status413PayloadTooLarge,
        string.Create(CultureInfo.InvariantCulture, $"The request body is larger than {maxBytes} bytes (Serving:OpenAI:MaxRequestBytes)."),
        OpenAIError.InvalidRequest,
        null,
        "request_too_large"));
}

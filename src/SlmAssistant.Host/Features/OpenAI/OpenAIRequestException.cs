namespace SlmAssistant.Host.Features.OpenAI;

/// <summary>A request this endpoint refuses, with the error to answer; thrown while reading, caught by the endpoint.</summary>
public sealed class OpenAIRequestException : Exception
{
    public OpenAIRequestException()
        : this(OpenAIError.BadRequest("The request is invalid."))
    {
    }

    public OpenAIRequestException(string message)
        : this(OpenAIError.BadRequest(message))
    {
    }

    public OpenAIRequestException(string message, Exception innerException)
        : base(message, innerException) => Error = OpenAIError.BadRequest(message);

    public OpenAIRequestException(OpenAIError error)
        : base(error?.Message) => Error = error ?? throw new ArgumentNullException(nameof(error));

    public OpenAIError Error { get; }

    public static OpenAIRequestException Invalid(string param, string expected) =>
        new(OpenAIError.BadRequest($"Invalid value for '{param}': expected {expected}.", param, "invalid_value"));
}

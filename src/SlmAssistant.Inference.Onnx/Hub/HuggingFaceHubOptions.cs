namespace SlmAssistant.Inference.Onnx.Hub;

/// <summary>Where the Hugging Face hub is and how to authenticate; <see cref="FromEnvironment"/> follows the hub's own tools.</summary>
public sealed record HuggingFaceHubOptions
{
    public static readonly Uri DefaultEndpoint = new("https://huggingface.co");

    public Uri Endpoint { get; init; } = DefaultEndpoint;

    /// <summary>Sent as a bearer token to <see cref="Endpoint"/> (not to the CDN it redirects to).</summary>
    public string? Token { get; init; }

    /// <summary><c>HF_ENDPOINT</c> and <c>HF_TOKEN</c>, when set.</summary>
    public static HuggingFaceHubOptions FromEnvironment() => new()
    {
        Endpoint = Environment.GetEnvironmentVariable("HF_ENDPOINT") is { Length: > 0 } endpoint ? new Uri(endpoint) : DefaultEndpoint,
        Token = Environment.GetEnvironmentVariable("HF_TOKEN") is { Length: > 0 } token ? token : null,
    };
}

using System.Text.Json.Serialization;

namespace SlmAssistant.Cli.FineTuning;

/// <summary>One message of a training example, as Hugging Face TRL and Olive read chat data.</summary>
public sealed record TrainingMessage(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("content")] string Content);

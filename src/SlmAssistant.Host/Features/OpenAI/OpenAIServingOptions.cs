using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Host.Features.OpenAI;

/// <summary>
/// The OpenAI-compatible endpoint (<c>/v1</c>) that serves the local chat model and the embedder to other apps
/// (section <c>Serving:OpenAI</c>). Off by default; its keys are secrets and come from the environment or user secrets
/// (<c>Serving__OpenAI__ApiKeys__0</c>), never from a shipped file.
/// </summary>
public sealed class OpenAIServingOptions
{
    public const string SectionName = "Serving:OpenAI";

    public bool Enabled { get; set; }

    /// <summary>The keys a client may send as <c>Authorization: Bearer KEY</c>; at least one when enabled.</summary>
    public List<string> ApiKeys { get; } = [];

    /// <summary>Requests one key may make per <see cref="RateLimitWindowSeconds"/>; more get 429 with Retry-After.</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerWindow { get; set; } = 120;

    [Range(1, 86_400)]
    public int RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>Largest request body accepted; a larger one gets 413.</summary>
    [Range(1024, 256L * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Most inputs of one embeddings request (OpenAI's own limit).</summary>
    [Range(1, 100_000)]
    public int MaxEmbeddingInputs { get; set; } = 2048;

    /// <summary>The id /v1/models gives the local chat model; empty: the model folder's name.</summary>
    public string? ChatModelId { get; set; }

    public IEnumerable<string> UsableKeys => ApiKeys.Where(key => !string.IsNullOrWhiteSpace(key)).Select(key => key.Trim());
}

using Microsoft.Extensions.AI;

namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>
/// Asymmetric embedding models (arctic-embed, e5) embed queries and passages differently. Callers say which
/// through <see cref="EmbeddingGenerationOptions.AdditionalProperties"/>; passages are the default.
/// </summary>
public static class EmbeddingPurpose
{
    public const string Key = "slm.purpose";
    public const string Query = "query";
    public const string Passage = "passage";

    public static EmbeddingGenerationOptions ForQuery() => new() { AdditionalProperties = new() { [Key] = Query } };

    public static bool IsQuery(EmbeddingGenerationOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(Key, out var value) == true && Equals(value, Query);
}

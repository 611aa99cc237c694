namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>Restricts a search to a domain and/or documents carrying all the given tags.</summary>
public sealed record SearchFilter(string? Domain = null, IReadOnlyDictionary<string, string>? Tags = null)
{
    public static SearchFilter None { get; } = new();
}

namespace SlmAssistant.Retrieval.Store.Vectors;

/// <summary>What a filter needs to know about a document, kept in memory beside its vectors.</summary>
internal sealed record IndexedDocument(string Id, string Domain, IReadOnlyDictionary<string, string> Tags)
{
    public bool Matches(Abstractions.Knowledge.SearchFilter filter) =>
        (filter.Domain is null || string.Equals(Domain, filter.Domain, StringComparison.Ordinal))
        && (filter.Tags is null || filter.Tags.All(tag => Tags.TryGetValue(tag.Key, out var value) && value == tag.Value));
}

namespace SlmAssistant.Abstractions.Api;

public sealed record SearchResponse(IReadOnlyList<SearchHitView> Hits);

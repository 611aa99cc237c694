namespace SlmAssistant.Abstractions.Knowledge;

/// <summary>Where a piece of an answer comes from.</summary>
public sealed record Citation(string DocumentId, string Source, string Title, string? Section, int? Page);

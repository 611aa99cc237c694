namespace SlmAssistant.Abstractions.Knowledge;

public sealed record SearchRequest(string Query, int Top = 5, SearchFilter? Filter = null);

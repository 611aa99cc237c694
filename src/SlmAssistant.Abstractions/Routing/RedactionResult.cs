namespace SlmAssistant.Abstractions.Routing;

/// <summary>Text with personal data replaced by placeholders such as [EMAIL_1], and the map to put it back.</summary>
public sealed record RedactionResult(string Text, IReadOnlyDictionary<string, string> Placeholders, IReadOnlyList<RedactedEntity> Entities);

namespace SlmAssistant.Admin.Features.Documents;

/// <param name="Text">Matches title or source, case-insensitive.</param>
/// <param name="Status">ready, processing or failed.</param>
public sealed record DocumentQuery(string? Text = null, string? Domain = null, string? Status = null);

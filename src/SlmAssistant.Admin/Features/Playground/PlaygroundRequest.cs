namespace SlmAssistant.Admin.Features.Playground;

/// <summary>Body of POST /admin/api/playground.</summary>
public sealed record PlaygroundRequest(string? Question, string? Domain = null, int? Top = null);

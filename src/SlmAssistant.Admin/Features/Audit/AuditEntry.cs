namespace SlmAssistant.Admin.Features.Audit;

/// <summary>One admin action: who did what to which target, when and from where.</summary>
public sealed record AuditEntry(
    long Id,
    DateTimeOffset At,
    string Actor,
    string Action,
    string? Target,
    string? Detail,
    string? Address,
    bool Succeeded);

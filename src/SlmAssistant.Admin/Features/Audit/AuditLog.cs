using Microsoft.AspNetCore.Http;
using SlmAssistant.Admin.Infrastructure;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Admin.Features.Audit;

/// <summary>The audit trail of admin actions, in the admin_audit table.</summary>
public sealed class AuditLog(AdminDatabase database, TimeProvider time)
{
    public const int MaxTake = 1000;

    public Task WriteAsync(HttpContext context, string action, string? target, string? detail = null, bool succeeded = true, string? actor = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return WriteAsync(
            actor ?? context.User.Identity?.Name ?? "anonymous",
            action,
            target,
            detail,
            context.Connection.RemoteIpAddress?.ToString(),
            succeeded,
            context.RequestAborted);
    }

    public async Task WriteAsync(
        string actor, string action, string? target, string? detail, string? address, bool succeeded, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO admin_audit (at, actor, action, target, detail, address, succeeded) VALUES ($at, $actor, $action, $target, $detail, $address, $ok)",
            cancellationToken,
            ("$at", time.GetUtcNow().ToDbTime()),
            ("$actor", Truncate(actor, 200)),
            ("$action", action),
            ("$target", Truncate(target, 1000)),
            ("$detail", Truncate(detail, 4000)),
            ("$address", address),
            ("$ok", succeeded ? 1 : 0));
    }

    /// <summary>Newest first, optionally only one action or one actor.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int take = 200, string? action = null, string? actor = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT id, at, actor, action, target, detail, address, succeeded FROM admin_audit " +
            "WHERE ($action IS NULL OR action = $action) AND ($actor IS NULL OR actor = $actor) ORDER BY id DESC LIMIT $take",
            ("$action", string.IsNullOrWhiteSpace(action) ? null : action),
            ("$actor", string.IsNullOrWhiteSpace(actor) ? null : actor),
            ("$take", Math.Clamp(take, 1, MaxTake)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                reader.GetInt64(0),
                reader.ReadTime(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.ReadNullableString(4),
                reader.ReadNullableString(5),
                reader.ReadNullableString(6),
                reader.GetInt64(7) != 0));
        }

        return entries;
    }

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace SlmAssistant.Admin.Features.Audit;

public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/audit", ListAsync).WithName("AdminAudit").WithSummary("Admin actions, newest first; filter by action or actor");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<AuditEntry>>> ListAsync(
        int? take, string? action, string? actor, AuditLog audit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await audit.ListAsync(take ?? 200, action, actor, cancellationToken));
}

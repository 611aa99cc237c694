using Microsoft.Extensions.Logging;

namespace SlmAssistant.Routing.Cloud.Audit;

internal static class EscalationAudit
{
    /// <summary>An audit write that fails (disk full, database locked) is logged; it must not turn an answer into an error.</summary>
    public static async Task TryRecordAsync(IEscalationAuditTrail audit, EscalationAuditEntry entry, ILogger logger)
    {
        try
        {
            await audit.RecordAsync(entry, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not record the cloud escalation in the audit trail");
        }
    }
}

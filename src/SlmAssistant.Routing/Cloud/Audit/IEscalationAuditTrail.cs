namespace SlmAssistant.Routing.Cloud.Audit;

/// <summary>Keeps a record of every payload sent to the cloud, so what left the machine can be shown and checked.</summary>
public interface IEscalationAuditTrail
{
    Task RecordAsync(EscalationAuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The latest <paramref name="count"/> entries, newest first.</summary>
    Task<IReadOnlyList<EscalationAuditEntry>> ReadRecentAsync(int count = 50, CancellationToken cancellationToken = default);
}

namespace SlmAssistant.Routing.Cloud.Audit;

public static class EscalationAuditSources
{
    public const string Escalator = "escalator";
    public const string Kernel = "kernel";
}

namespace SlmAssistant.Host.Features.Seeding;

public static class SeedingStages
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Ready = "ready";
    public const string Failed = "failed";
    public const string Disabled = "disabled";
}

namespace SlmAssistant.Host.Features.Seeding;

/// <summary>Where the start-up ingestion stands, shared by the seeding service and its health check.</summary>
public sealed class SeedingState
{
    private volatile string _stage = "pending";

    public string Stage => _stage;

    public string? Detail { get; private set; }

    public void Set(string stage, string? detail = null)
    {
        Detail = detail;
        _stage = stage;
    }
}

namespace SlmAssistant.Host.Tests.Telemetry;

/// <summary>
/// ActivitySources and Meters are process-wide: a host's exporter sees the spans and measurements of every host in the
/// test process. These tests run alone, after the parallel ones, so what they count is theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class UsesProcessWideTelemetry
{
    public const string Name = "Telemetry";
}

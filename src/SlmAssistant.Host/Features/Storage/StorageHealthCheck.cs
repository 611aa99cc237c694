using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SlmAssistant.Storage;
using SlmAssistant.Storage.Postgres;

namespace SlmAssistant.Host.Features.Storage;

/// <summary>
/// With Storage:Provider=Postgres, Unhealthy while the server cannot be used, with the one line that names
/// ConnectionStrings:Postgres and what is wrong (unreachable, password, database; never the password itself) rather
/// than an exception: the host keeps running and serving /health, so fixing the setting is all a restart needs.
/// </summary>
public sealed class StorageHealthCheck(IOptions<StorageOptions> storage, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (storage.Value.Provider != StorageProvider.Postgres)
        {
            return HealthCheckResult.Healthy("SQLite: the embedded file in the data directory");
        }

        var database = services.GetRequiredService<PostgresDatabase>();
        try
        {
            await database.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy($"PostgreSQL at {database.Description}");
        }
        catch (Exception e) when (database.Describe(e) is { } problem)
        {
            return HealthCheckResult.Unhealthy(problem);
        }
    }
}

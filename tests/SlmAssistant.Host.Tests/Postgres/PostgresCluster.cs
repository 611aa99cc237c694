using SlmAssistant.TestKit.Postgres;

namespace SlmAssistant.Host.Tests.Postgres;

/// <summary>The host's tests on PostgreSQL share one throwaway cluster (each test with databases of its own).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCluster : ICollectionFixture<PostgresServer>
{
    public const string Name = "Host on PostgreSQL";
}

using SlmAssistant.TestKit.Postgres;

namespace SlmAssistant.Storage.Tests.Postgres;

/// <summary>The test classes that share one throwaway PostgreSQL cluster (each with databases of its own).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCluster : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}

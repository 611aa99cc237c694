using Npgsql;
using SlmAssistant.Storage.Postgres;
using SlmAssistant.TestKit.Postgres;

namespace SlmAssistant.Storage.Tests.Postgres;

[Collection(PostgresCluster.Name)]
public sealed class PostgresConnectionTests(PostgresServer server)
{
    private static readonly PostgresSchema Schema = new("gadgets", ["CREATE TABLE gadgets (id INTEGER PRIMARY KEY)"]);

    [Fact]
    public async Task ConnectionsDroppedWhileOpeningAreRetriedAndTheOpenSucceeds()
    {
        var connectionString = await server.CreateDatabaseAsync("retry");
        await using var proxy = new DroppingProxy(server.Port, drops: 2);
        await using var database = new PostgresDatabase(Plain(connectionString, proxy.Port));

        await using (var connection = await database.OpenAsync(Schema, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)))
        {
            await using var command = new NpgsqlCommand("SELECT count(*) FROM gadgets", connection);
            Assert.Equal(0L, await command.ExecuteScalarAsync());
        }

        Assert.Equal(3, proxy.Accepted);
    }

    [Fact]
    public async Task AServerThatHangsUpOnEveryConnectionIsTriedABoundedNumberOfTimesAndDescribedAsUnreachable()
    {
        await using var proxy = new DroppingProxy(server.Port, drops: int.MaxValue);
        await using var database = new PostgresDatabase(Plain(server.ConnectionString("postgres"), proxy.Port, "s3cret-pw"));

        var failure = await Assert.ThrowsAnyAsync<NpgsqlException>(() => database.OpenAsync(Schema, CancellationToken.None));
        var problem = database.Describe(failure);

        Assert.NotNull(problem);
        Assert.StartsWith($"ConnectionStrings:Postgres: server unreachable at 127.0.0.1:{proxy.Port}", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", problem, StringComparison.Ordinal);
        Assert.Equal(1 + PostgresDatabase.RetryDelays.Count, proxy.Accepted);
    }

    [Fact]
    public async Task APingTriesOnceSoAHealthProbeAnswersWithoutWaitingForRetries()
    {
        await using var proxy = new DroppingProxy(server.Port, drops: int.MaxValue);
        await using var database = new PostgresDatabase(Plain(server.ConnectionString("postgres"), proxy.Port));

        var failure = await Assert.ThrowsAsync<PostgresUnavailableException>(() => database.PingAsync(CancellationToken.None));

        Assert.StartsWith($"ConnectionStrings:Postgres: server unreachable at 127.0.0.1:{proxy.Port}", failure.Message, StringComparison.Ordinal);
        Assert.Equal(1, proxy.Accepted);
    }

    [Fact]
    public async Task AWrongPasswordIsDescribedForItsUserWithoutThePasswordAndNotRetried()
    {
        var role = $"pw_{Guid.NewGuid():N}"[..16];
        var direct = await server.CreatePasswordRoleAsync(role, "right-one");
        await using var proxy = new DroppingProxy(server.Port, drops: 0);
        await using var database = new PostgresDatabase(Plain(direct, proxy.Port, "wr0ng-one"));

        var failure = await Assert.ThrowsAnyAsync<NpgsqlException>(() => database.OpenAsync(Schema, CancellationToken.None));
        var problem = database.Describe(failure);

        Assert.Equal($"ConnectionStrings:Postgres: password authentication failed for user \"{role}\" at 127.0.0.1:{proxy.Port}", problem);
        Assert.Equal(1, proxy.Accepted);
    }

    [Fact]
    public async Task AMissingDatabaseIsDescribedByName()
    {
        await using var database = new PostgresDatabase(server.ConnectionString("nowhere_to_be_found"));

        var failure = await Assert.ThrowsAnyAsync<NpgsqlException>(() => database.OpenAsync(Schema, CancellationToken.None));

        Assert.Equal($"ConnectionStrings:Postgres: database \"nowhere_to_be_found\" does not exist on 127.0.0.1:{server.Port}", database.Describe(failure));
    }

    [Fact]
    public async Task AServerThatCannotBeOpenedFailsWithItsOneLineAndPrintsWithoutAStackTrace()
    {
        await using var database = new PostgresDatabase(server.ConnectionString("not_there_either"));

        var failure = await Assert.ThrowsAsync<PostgresUnavailableException>(() => database.OpenAsync(Schema, CancellationToken.None));

        Assert.Equal($"ConnectionStrings:Postgres: database \"not_there_either\" does not exist on 127.0.0.1:{server.Port}", failure.Message);
        Assert.Equal($"{nameof(PostgresUnavailableException)}: {failure.Message}", failure.ToString());
        Assert.IsType<PostgresException>(failure.InnerException);
    }

    // Without TLS or GSS negotiation Npgsql makes one TCP connection per open, so the proxy counts our attempts.
    private static string Plain(string connectionString, int port, string? password = null) =>
        new NpgsqlConnectionStringBuilder(connectionString)
        {
            Port = port,
            Password = password,
            SslMode = SslMode.Disable,
            GssEncryptionMode = GssEncryptionMode.Disable,
        }.ToString();
}

using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Npgsql;
using SlmAssistant.TestKit;
using SlmAssistant.TestKit.Postgres;

namespace SlmAssistant.Host.Tests.Postgres;

/// <summary>
/// The real host started with a ConnectionStrings:Postgres that cannot work: it stays up, /health says Unhealthy in
/// one line that names the setting and what is wrong, and neither /health nor the console shows the password or a
/// stack trace.
/// </summary>
[Collection(PostgresCluster.Name)]
public sealed class MisconfiguredPostgresTests : IDisposable
{
    private const string Password = "Corr3ct-Horse-Battery";
    private readonly TempDirectory _knowledge = new("slm-knowledge");
    private readonly PostgresServer _server;

    public MisconfiguredPostgresTests(PostgresServer server)
    {
        _server = server;
        var faq = Directory.CreateDirectory(_knowledge.Combine("shop")).FullName;
        File.WriteAllText(Path.Combine(faq, "hours.md"), "# Opening hours\n\nThe shop opens at nine and closes at six.\n");
    }

    public void Dispose() => _knowledge.Dispose();

    [Fact]
    public async Task AServerNobodyListensOnIsReportedUnreachableAtItsHostAndPort()
    {
        var port = ClosedPort();
        var connectionString = new NpgsqlConnectionStringBuilder(_server.ConnectionString("slm")) { Port = port, Password = Password }.ToString();

        var (description, console) = await StartAndReadStorageCheckAsync(connectionString);

        Assert.StartsWith($"ConnectionStrings:Postgres: server unreachable at 127.0.0.1:{port}", description, StringComparison.Ordinal);
        AssertNothingLeaked(description, console);
    }

    [Fact]
    public async Task AWrongPasswordIsReportedAsFailedAuthenticationForTheUser()
    {
        var database = new NpgsqlConnectionStringBuilder(await _server.CreateDatabaseAsync("wrongpw")).Database!;
        var role = $"slm_{Guid.NewGuid():N}"[..20];
        var connectionString = new NpgsqlConnectionStringBuilder(await _server.CreatePasswordRoleAsync(role, "the-real-one", database))
        {
            Password = Password,
        }.ToString();

        var (description, console) = await StartAndReadStorageCheckAsync(connectionString);

        Assert.Equal($"ConnectionStrings:Postgres: password authentication failed for user \"{role}\" at 127.0.0.1:{_server.Port}", description);
        AssertNothingLeaked(description, console);
    }

    [Fact]
    public async Task AMissingDatabaseIsReportedByName()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(_server.ConnectionString("no_such_database")) { Password = Password }.ToString();

        var (description, console) = await StartAndReadStorageCheckAsync(connectionString);

        Assert.Equal($"ConnectionStrings:Postgres: database \"no_such_database\" does not exist on 127.0.0.1:{_server.Port}", description);
        AssertNothingLeaked(description, console);
    }

    private async Task<(string Description, string Console)> StartAndReadStorageCheckAsync(string connectionString)
    {
        await using var host = HostProcess.Start(
            _knowledge.Path,
            new Dictionary<string, string> { ["ConnectionStrings__Postgres"] = connectionString, ["Storage__Provider"] = "Postgres" });
        var storage = await host.WaitForHealthAsync(h => Check(h, "storage") is "Unhealthy", "storage Unhealthy", TimeSpan.FromMinutes(2));

        // By the time seeding is no longer pending or running it has tried the server too.
        var health = await host.WaitForHealthAsync(
            h => Stage(h) is not ("pending" or "running"), "seeding finished", TimeSpan.FromMinutes(1));
        Assert.Equal("Unhealthy", health.GetProperty("status").GetString());
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.False(host.HasExited, host.Console);
        var description = storage.GetProperty("checks").GetProperty("storage").GetProperty("description").GetString()!;
        Assert.DoesNotContain('\n', description);
        return (description, host.Console + health.GetRawText());
    }

    private static string? Check(JsonElement health, string name) =>
        health.TryGetProperty("checks", out var checks) && checks.TryGetProperty(name, out var check) ? check.GetProperty("status").GetString() : null;

    private static string? Stage(JsonElement health) =>
        health.GetProperty("checks").GetProperty("knowledge").GetProperty("data").GetProperty("stage").GetString();

    private static void AssertNothingLeaked(string description, string output)
    {
        Assert.DoesNotContain(Password, description, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.OrdinalIgnoreCase);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

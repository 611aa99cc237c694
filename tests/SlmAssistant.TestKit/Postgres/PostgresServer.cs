using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace SlmAssistant.TestKit.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster for tests: initdb in a fresh temp folder, started with pg_ctl on a free loopback port
/// (trust authentication, its socket in the same folder), stopped and deleted at the end. Use it as a collection fixture
/// (one cluster per collection) and give each test class its own database with <see cref="CreateDatabaseAsync"/>.
/// No docker: Debian's postgresql package. Never skipped: missing binaries fail with a clear message.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private static readonly TimeSpan InitTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private string? _bin;
    private int _databases;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), $"slm-pg-{Guid.NewGuid():N}");

    public string DataDirectory => Path.Combine(Directory, "data");

    public int Port { get; private set; }

    /// <summary>The server's own maintenance database (postgres).</summary>
    public string AdminConnectionString => ConnectionString("postgres");

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = "postgres",
            Database = database,
            Timeout = 15,
            CommandTimeout = 60,
        }.ToString();

    public async Task InitializeAsync()
    {
        _bin = PostgresBinaries.Find();
        System.IO.Directory.CreateDirectory(Directory);
        if (PostgresProcess.RunningAsRoot)
        {
            // The cluster's folder must belong to the user the server runs as.
            await PostgresProcess.RunAsync(
                new ProcessStartInfo("chown", ["-R", "postgres:postgres", Directory]) { RedirectStandardOutput = true, RedirectStandardError = true },
                TimeSpan.FromSeconds(10));
        }

        await PostgresProcess.RunAsync(
            Path.Combine(_bin, "initdb"),
            ["-D", DataDirectory, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
            InitTimeout);
        AppDomain.CurrentDomain.ProcessExit += StopOnExit;
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            try
            {
                await PostgresProcess.RunAsync(
                    Path.Combine(_bin, "pg_ctl"),
                    ["-D", DataDirectory, "-l", Path.Combine(Directory, "server.log"), "-w", "-t", "30", "-o",
                        $"-p {Port} -k {Directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start"],
                    StartTimeout);
                return;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // Another process took the port between the probe and the start: try another.
            }
        }
    }

    /// <summary>A new, empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? prefix = null)
    {
        var name = $"{prefix ?? "test"}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}".ToLowerInvariant();
        name = name[..Math.Min(name.Length, 60)];
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>
    /// A login role that must give its password over TCP (scram-sha-256; everyone else keeps trust), for tests of a
    /// wrong password. Returns a connection string for it on <paramref name="database"/>, without the password.
    /// </summary>
    public async Task<string> CreatePasswordRoleAsync(string role, string password, string database = "postgres")
    {
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE ROLE \"{role}\" LOGIN PASSWORD '{password.Replace("'", "''", StringComparison.Ordinal)}'", connection);
            await command.ExecuteNonQueryAsync();
        }

        // pg_hba.conf is read top down, first match wins: the role's line goes before initdb's trust lines.
        var hba = Path.Combine(DataDirectory, "pg_hba.conf");
        await File.WriteAllTextAsync(hba, $"host all \"{role}\" 127.0.0.1/32 scram-sha-256\n" + await File.ReadAllTextAsync(hba));
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var reload = new NpgsqlCommand("SELECT pg_reload_conf()", connection);
            await reload.ExecuteScalarAsync();
        }

        // The server rereads the file after the signal: wait until the role is no longer let in without a password.
        var withoutPassword = new NpgsqlConnectionStringBuilder(ConnectionString(database)) { Username = role, Pooling = false }.ToString();
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            try
            {
                await using var probe = new NpgsqlConnection(withoutPassword);
                await probe.OpenAsync();
            }
            catch (NpgsqlException)
            {
                break;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"The server did not start asking {role} for a password.");
            }

            await Task.Delay(100);
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString(database)) { Username = role }.ToString();
    }

    public async Task DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= StopOnExit;
        NpgsqlConnection.ClearAllPools();
        try
        {
            await StopAsync();
        }
        finally
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private async Task StopAsync()
    {
        if (_bin is not null && File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await PostgresProcess.RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "-w", "-t", "30", "stop"], StartTimeout);
        }
    }

    // A test run that ends without disposing the fixture (a crash, a cancelled run) must not leave a server behind.
    private void StopOnExit(object? sender, EventArgs e) => StopAsync().Wait(StartTimeout);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

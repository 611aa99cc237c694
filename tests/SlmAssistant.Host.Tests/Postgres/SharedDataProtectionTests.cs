using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SlmAssistant.Bot.Conversations;
using SlmAssistant.TestKit;
using SlmAssistant.TestKit.Postgres;

namespace SlmAssistant.Host.Tests.Postgres;

/// <summary>
/// Two replicas (two service providers, each with a data directory of its own) on one PostgreSQL database share the
/// Data Protection key ring: what one protects, the other unprotects.
/// </summary>
[Collection(PostgresCluster.Name)]
public sealed class SharedDataProtectionTests(PostgresServer server) : IDisposable
{
    private readonly TempDirectory _first = new("slm-replica-a");
    private readonly TempDirectory _second = new("slm-replica-b");

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    [Fact]
    public async Task APayloadProtectedByOneReplicaIsUnprotectedByAnotherAndBack()
    {
        var connectionString = await server.CreateDatabaseAsync("keys");
        await using var a = Replica(connectionString, _first.Path);
        await using var b = Replica(connectionString, _second.Path);

        var fromA = Protector(a).Protect("issued by replica A");
        var onB = Protector(b).Unprotect(fromA);
        var fromB = Protector(b).Protect("issued by replica B");
        var onA = Protector(a).Unprotect(fromB);

        Assert.Equal("issued by replica A", onB);
        Assert.Equal("issued by replica B", onA);
        Assert.Equal(1L, await KeyCountAsync(connectionString));
    }

    [Fact]
    public async Task ACookieTicketIssuedByOneReplicaIsReadByAnother()
    {
        var connectionString = await server.CreateDatabaseAsync("cookies");
        await using var a = Replica(connectionString, _first.Path);
        await using var b = Replica(connectionString, _second.Path);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "operator")], "AdminCookie");
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), "AdminCookie");

        // The purposes the cookie handler protects its tickets with.
        string[] purposes = ["Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", "AdminCookie", "v2"];
        var cookie = new TicketDataFormat(a.GetRequiredService<IDataProtectionProvider>().CreateProtector(purposes)).Protect(ticket);
        var read = new TicketDataFormat(b.GetRequiredService<IDataProtectionProvider>().CreateProtector(purposes)).Unprotect(cookie);

        Assert.NotNull(read);
        Assert.Equal("operator", read.Principal.Identity?.Name);
    }

    [Fact]
    public async Task NoKeyXmlIsWrittenIntoEitherReplicasDataDirectory()
    {
        var connectionString = await server.CreateDatabaseAsync("nofiles");
        await using (var a = Replica(connectionString, _first.Path))
        await using (var b = Replica(connectionString, _second.Path))
        {
            Protector(b).Unprotect(Protector(a).Protect("payload"));
        }

        var files = Directory.EnumerateFiles(_first.Path, "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(_second.Path, "*", SearchOption.AllDirectories))
            .Where(f => File.ReadAllText(f).Contains("<key ", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(files);
        Assert.False(Directory.Exists(Path.Combine(_first.Path, "keys", "data-protection")));
        Assert.False(Directory.Exists(Path.Combine(_second.Path, "keys", "data-protection")));
        Assert.Equal(1L, await KeyCountAsync(connectionString));
    }

    private static ServiceProvider Replica(string connectionString, string dataDirectory)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = connectionString,
            ["Knowledge:DataDirectory"] = dataDirectory,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSlmDataProtection();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static IDataProtector Protector(IServiceProvider replica) =>
        replica.GetRequiredService<IDataProtectionProvider>().CreateProtector("SharedDataProtectionTests");

    private static async Task<long> KeyCountAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM data_protection_keys WHERE friendly_name LIKE 'key-%'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Storage.Tests;

public sealed class StorageOptionsTests
{
    [Fact]
    public void TheDefaultProviderIsTheEmbeddedFile()
    {
        using var host = Build([]);

        Assert.Equal(StorageProvider.Sqlite, host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider);
    }

    [Fact]
    public async Task PostgresWithoutAConnectionStringFailsAtStartNamingTheSetting()
    {
        using var host = Build([("Storage:Provider", "Postgres")]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ConnectionStrings:Postgres", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Postgres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedConnectionStringFailsAtStart()
    {
        using var host = Build([("Storage:Provider", "Postgres"), ("ConnectionStrings:Postgres", "Host=x;NoSuchKeyword=1")]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("not a valid Npgsql connection string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheConnectionStringComesFromConnectionStringsPostgres()
    {
        using var host = Build([("Storage:Provider", "postgres"), ("ConnectionStrings:Postgres", "Host=127.0.0.1;Database=slm")]);

        var options = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(StorageProvider.Postgres, options.Provider);
        Assert.Equal("Host=127.0.0.1;Database=slm", options.PostgresConnectionString);
        Assert.Equal("127.0.0.1:5432/slm", host.Services.GetRequiredService<Storage.Postgres.PostgresDatabase>().Description);
    }

    private static IHost Build((string Key, string Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        builder.Services.AddSlmStorage();
        return builder.Build();
    }
}

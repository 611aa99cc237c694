using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.TestKit;

namespace SlmAssistant.Admin.Tests.Support;

/// <summary>A test class with its own data directory and a running console, started before each test and stopped after.</summary>
public abstract class AdminAppTest : IAsyncLifetime, IDisposable
{
    protected TempDirectory Data { get; } = new("slm-admin");

    protected AdminTestApp App { get; private set; } = null!;

    protected virtual Dictionary<string, string?> Settings => [];

    public virtual async Task InitializeAsync() => App = await AdminTestApp.StartAsync(Data.Path, Settings, ConfigureServices);

    public virtual async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }

    public void Dispose()
    {
        Data.Dispose();
        GC.SuppressFinalize(this);
    }

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }
}

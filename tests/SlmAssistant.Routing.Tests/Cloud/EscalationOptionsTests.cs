using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SlmAssistant.Routing.Cloud;
using SlmAssistant.TestKit;

namespace SlmAssistant.Routing.Tests.Cloud;

public sealed class EscalationOptionsTests
{
    [Fact]
    public void TheDefaultsLeaveTheCloudOff()
    {
        var options = new EscalationOptions();

        Assert.Equal(EscalationProvider.None, options.Provider);
        Assert.False(options.IsEnabled);
        Assert.Equal(20, options.TimeoutSeconds);
        Assert.Equal(2, options.MaxRetries);
    }

    [Fact]
    public async Task AnEnabledProviderWithoutAKeyFailsAtStartAndSaysWhereTheKeyGoes()
    {
        using var content = new TempDirectory("slm-options");
        using var host = BuildHost(content, """{ "Escalation": { "Provider": "OpenAI", "Model": "gpt-test" } }""");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync().WaitAsync(EscalationHarness.TestTimeout));

        Assert.Contains("Escalation:ApiKey is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("Escalation__ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("user-secrets", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKeyInAppSettingsIsRefusedAtStart()
    {
        using var content = new TempDirectory("slm-options");
        using var host = BuildHost(content, """{ "Escalation": { "Provider": "OpenAI", "Model": "gpt-test", "ApiKey": "sk-oops" } }""");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync().WaitAsync(EscalationHarness.TestTimeout));

        Assert.Contains("must not be stored in appsettings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKeyFromTheEnvironmentIsAccepted()
    {
        using var content = new TempDirectory("slm-options");
        using var host = BuildHost(
            content,
            """{ "Escalation": { "Provider": "OpenAI", "Model": "gpt-test" } }""",
            new Dictionary<string, string?> { ["Escalation:ApiKey"] = "sk-from-env" });

        await host.StartAsync().WaitAsync(EscalationHarness.TestTimeout);

        Assert.True(host.Services.GetRequiredService<CloudEscalator>().IsEnabled);
        await host.StopAsync().WaitAsync(EscalationHarness.TestTimeout);
    }

    [Fact]
    public async Task AzureNeedsAnEndpoint()
    {
        using var content = new TempDirectory("slm-options");
        using var host = BuildHost(
            content,
            """{ "Escalation": { "Provider": "AzureOpenAI", "Model": "support-gpt" } }""",
            new Dictionary<string, string?> { ["Escalation:ApiKey"] = "key" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync().WaitAsync(EscalationHarness.TestTimeout));

        Assert.Contains("Escalation:Endpoint is required for AzureOpenAI", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAttemptTimeoutLongerThanTheTotalIsRefused()
    {
        using var content = new TempDirectory("slm-options");
        using var host = BuildHost(content, """{ "Escalation": { "TimeoutSeconds": 5, "AttemptTimeoutSeconds": 8 } }""");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync().WaitAsync(EscalationHarness.TestTimeout));

        Assert.Contains("AttemptTimeoutSeconds must not exceed", error.Message, StringComparison.Ordinal);
    }

    // A real host: appsettings.json from the content root, then the "environment" (in-memory here), as the product loads them.
    private static IHost BuildHost(TempDirectory content, string appSettings, Dictionary<string, string?>? environment = null)
    {
        File.WriteAllText(content.Combine("appsettings.json"), appSettings);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = content.Path,
            DisableDefaults = true,
        });
        builder.Configuration.SetBasePath(content.Path).AddJsonFile("appsettings.json", optional: false);
        builder.Configuration.AddInMemoryCollection(environment ?? []);
        builder.Configuration["Knowledge:DataDirectory"] = content.Combine("data");
        builder.Services.AddSlmEscalation();
        return builder.Build();
    }
}

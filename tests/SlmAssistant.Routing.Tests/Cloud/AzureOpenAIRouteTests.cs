using SlmAssistant.Routing.Cloud;

namespace SlmAssistant.Routing.Tests.Cloud;

public sealed class AzureOpenAIRouteTests
{
    [Fact]
    public async Task AzureOpenAISendsToTheDeploymentRouteWithTheApiKeyHeader()
    {
        await using var harness = await EscalationHarness.StartAsync((settings, server) =>
        {
            settings["Escalation:Provider"] = "AzureOpenAI";
            settings["Escalation:Endpoint"] = server.BaseAddress.ToString();
            settings["Escalation:Model"] = "support-gpt";
        });

        var result = await harness.EscalateAsync("My email is dana.w@example.com, how do I reset a router?");

        Assert.True(result.Succeeded, result.Error);
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("/openai/deployments/support-gpt/chat/completions", request.Path);
        Assert.Equal("support-gpt", request.Deployment);
        Assert.False(string.IsNullOrEmpty(request.ApiVersion));
        Assert.Equal(EscalationHarness.ApiKey, request.Credential);
        Assert.DoesNotContain("dana.w@example.com", request.Body, StringComparison.Ordinal);
        Assert.Contains("dana.w@example.com", result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AzureOpenAIUsesTheConfiguredApiVersion()
    {
        await using var harness = await EscalationHarness.StartAsync((settings, server) =>
        {
            settings["Escalation:Provider"] = "AzureOpenAI";
            settings["Escalation:Endpoint"] = server.BaseAddress.ToString();
            settings["Escalation:ApiVersion"] = "2024-10-21";
        });

        var result = await harness.EscalateAsync("How do I reset a router?");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("2024-10-21", harness.Server.Requests[0].ApiVersion);
    }
}

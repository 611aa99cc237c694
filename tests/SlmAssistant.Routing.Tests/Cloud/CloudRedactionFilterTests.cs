using System.ClientModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;
using SlmAssistant.Routing.Cloud;
using SlmAssistant.Routing.Cloud.Audit;
using SlmAssistant.TestKit.Cloud;

namespace SlmAssistant.Routing.Tests.Cloud;

/// <summary>A caller that skips CloudEscalator and invokes the kernel directly still cannot send personal data to the cloud.</summary>
public sealed class CloudRedactionFilterTests
{
    private const string Prompt = "Write a short note to Greg Sanders at greg.sanders@example.com about his card 5555 5555 5555 4444.";

    [Fact]
    public async Task ADirectKernelInvocationForTheCloudIsRedactedAndItsResultRestored()
    {
        await using var harness = await EscalationHarness.StartAsync();
        var kernel = harness.Services.GetRequiredService<Kernel>();

        var result = await kernel.InvokePromptAsync(Prompt, ForService(CloudServiceKeys.Cloud)).WaitAsync(EscalationHarness.TestTimeout);

        var sent = Assert.Single(harness.Server.Requests);
        Assert.DoesNotContain("greg.sanders@example.com", sent.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Greg Sanders", sent.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("5555 5555 5555 4444", sent.Body, StringComparison.Ordinal);
        Assert.Equal("Write a short note to [NAME_1] at [EMAIL_1] about his card [CARD_1].", sent.Messages[^1].Content);
        Assert.Equal(
            "Here is a short general answer from the fake cloud for Greg Sanders and greg.sanders@example.com and 5555 5555 5555 4444.",
            result.GetValue<string>());
    }

    [Fact]
    public async Task APromptFunctionWhoseSettingsAreKeyedToTheCloudIsRedacted()
    {
        await using var harness = await EscalationHarness.StartAsync();
        var kernel = harness.Services.GetRequiredService<Kernel>();
        var config = new PromptTemplateConfig("Draft a note: {{$request}}");
        config.ExecutionSettings[CloudServiceKeys.Cloud] = new OpenAIPromptExecutionSettings();
        var function = kernel.CreateFunctionFromPrompt(config);

        await kernel.InvokeAsync(function, new() { ["request"] = Prompt }).WaitAsync(EscalationHarness.TestTimeout);

        var sent = Assert.Single(harness.Server.Requests);
        Assert.DoesNotContain("greg.sanders@example.com", sent.Body, StringComparison.Ordinal);
        Assert.Contains("[EMAIL_1]", sent.Messages[^1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKernelSendIsAuditedWithTheRedactedPrompt()
    {
        await using var harness = await EscalationHarness.StartAsync();
        var kernel = harness.Services.GetRequiredService<Kernel>();

        await kernel.InvokePromptAsync(Prompt, ForService(CloudServiceKeys.Cloud)).WaitAsync(EscalationHarness.TestTimeout);

        var entry = Assert.Single(await harness.Services.GetRequiredService<IEscalationAuditTrail>().ReadRecentAsync().WaitAsync(EscalationHarness.TestTimeout));
        Assert.Equal(EscalationAuditSources.Kernel, entry.Source);
        Assert.Equal(["card", "email", "name"], entry.Payload.RedactedTypes);
        Assert.DoesNotContain("greg.sanders@example.com", entry.Payload.Messages[0].Content, StringComparison.Ordinal);
        Assert.NotNull(entry.Usage);
    }

    [Fact]
    public async Task StreamingThroughTheKernelIsRedactedToo()
    {
        await using var harness = await EscalationHarness.StartAsync();
        var kernel = harness.Services.GetRequiredService<Kernel>();

        using var timeout = new CancellationTokenSource(EscalationHarness.TestTimeout);

        var chunks = new List<string>();
        await foreach (var chunk in kernel.InvokePromptStreamingAsync<string>(Prompt, ForService(CloudServiceKeys.Cloud), cancellationToken: timeout.Token))
        {
            chunks.Add(chunk);
        }

        var sent = Assert.Single(harness.Server.Requests);
        Assert.True(sent.Stream);
        Assert.DoesNotContain("greg.sanders@example.com", sent.Body, StringComparison.Ordinal);
        Assert.Equal(sent.Reply, string.Concat(chunks));
    }

    [Fact]
    public async Task PromptsForTheLocalModelAreLeftAlone()
    {
        await using var local = await FakeOpenAIServer.StartAsync().WaitAsync(EscalationHarness.TestTimeout);
        await using var harness = await EscalationHarness.StartAsync(services: services =>
            services.AddKeyedSingleton<IChatCompletionService>("local", new OpenAIChatCompletionService(
                "local-model", new OpenAIClient(new ApiKeyCredential("local"), new OpenAIClientOptions { Endpoint = local.OpenAIEndpoint }))));
        var kernel = harness.Services.GetRequiredService<Kernel>();

        var result = await kernel.InvokePromptAsync(Prompt, ForService("local")).WaitAsync(EscalationHarness.TestTimeout);

        Assert.Empty(harness.Server.Requests);
        Assert.Equal(Prompt, Assert.Single(local.Requests).Messages[^1].Content);
        Assert.Equal("Here is a short general answer from the fake cloud.", result.GetValue<string>());
    }

    private static KernelArguments ForService(string serviceId) => new(new OpenAIPromptExecutionSettings { ServiceId = serviceId });
}

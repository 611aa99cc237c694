using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Routing.Cloud;
using SlmAssistant.Routing.Cloud.Audit;

namespace SlmAssistant.Routing.Tests.Cloud;

public sealed class CloudEscalatorTests
{
    private const string Question =
        "I'm Dana Whitfield, email dana.w@example.com, phone (503) 555-0187, card 4111 1111 1111 1111, SSN 219-09-9999. "
        + "How do I write a complaint letter to my landlord?";

    private static readonly string[] Originals =
        ["Dana Whitfield", "dana.w@example.com", "(503) 555-0187", "4111 1111 1111 1111", "219-09-9999", "555-0187", "4111"];

    [Fact]
    public async Task TheCloudReceivesPlaceholdersAndNoneOfThePersonalData()
    {
        await using var harness = await EscalationHarness.StartAsync();

        var result = await harness.EscalateAsync(Question);

        Assert.True(result.Succeeded, result.Error);
        var request = Assert.Single(harness.Server.Requests);
        foreach (var original in Originals)
        {
            Assert.DoesNotContain(original, request.Body, StringComparison.Ordinal);
        }

        var user = request.Messages[^1];
        Assert.Equal("user", user.Role);
        Assert.Equal(
            "I'm [NAME_1], email [EMAIL_1], phone [PHONE_1], card [CARD_1], SSN [SSN_1]. How do I write a complaint letter to my landlord?",
            user.Content);
        Assert.Equal(EscalationHarness.Model, request.Model);
        Assert.Equal(EscalationHarness.ApiKey, request.Credential);
    }

    [Fact]
    public async Task TheSystemPromptNamesTheCompanyAndAsksToKeepPlaceholders()
    {
        await using var harness = await EscalationHarness.StartAsync();

        await harness.EscalateAsync(Question);

        var system = harness.Server.Requests[0].Messages[0];
        Assert.Equal("system", system.Role);
        Assert.Contains("customer-service assistant of Maple Grove Family Clinic", system.Content, StringComparison.Ordinal);
        Assert.Contains("[NAME_1]", system.Content, StringComparison.Ordinal);
        Assert.Contains("exactly as it appears", system.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReplyShownToTheUserHasTheOriginalValuesBack()
    {
        await using var harness = await EscalationHarness.StartAsync();

        var result = await harness.EscalateAsync(Question);

        Assert.Equal(
            "Here is a short general answer from the fake cloud for Dana Whitfield and dana.w@example.com and (503) 555-0187 and 4111 1111 1111 1111 and 219-09-9999.",
            result.Answer);
        Assert.DoesNotContain("[", result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsageLatencyAndTheRedactedPayloadAreReported()
    {
        await using var harness = await EscalationHarness.StartAsync();

        var result = await harness.EscalateAsync(Question);

        var request = harness.Server.Requests[0];
        Assert.Equal(new(request.PromptTokens, request.CompletionTokens), result.Usage);
        Assert.True(result.Latency > TimeSpan.Zero);
        Assert.NotNull(result.RedactedPayload);
        Assert.Equal(["card", "email", "name", "phone", "ssn"], result.RedactedPayload.RedactedTypes);
        Assert.Equal(request.Messages.Select(m => (m.Role, m.Content)), result.RedactedPayload.Messages.Select(m => (m.Role, m.Content)));
    }

    [Fact]
    public async Task TheAuditTrailKeepsExactlyWhatWasSentAndNoOriginalValues()
    {
        await using var harness = await EscalationHarness.StartAsync();

        var result = await harness.EscalateAsync(Question);

        var entry = Assert.Single(await harness.Services.GetRequiredService<IEscalationAuditTrail>().ReadRecentAsync().WaitAsync(EscalationHarness.TestTimeout));
        Assert.Equal(EscalationAuditSources.Escalator, entry.Source);
        Assert.True(entry.Succeeded);
        Assert.Equal("OpenAI", entry.Provider);
        Assert.Equal(result.RedactedPayload!.Messages, entry.Payload.Messages);
        Assert.Equal(result.RedactedPayload.RedactedTypes, entry.Payload.RedactedTypes);
        var stored = string.Join('\n', entry.Payload.Messages.Select(m => m.Content));
        foreach (var original in Originals)
        {
            Assert.DoesNotContain(original, stored, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheConversationIsRedactedWithOnePlaceholderPerValueAcrossMessages()
    {
        await using var harness = await EscalationHarness.StartAsync();
        (string, string)[] history =
        [
            ("user", "My email is dana.w@example.com"),
            ("assistant", "Thanks, I noted dana.w@example.com."),
            ("system", "ignored: not a conversation turn"),
        ];

        await harness.EscalateAsync("Also cc marcus@example.com and dana.w@example.com please.", history);

        var messages = harness.Server.Requests[0].Messages;
        Assert.Equal(["system", "user", "assistant", "user"], messages.Select(m => m.Role));
        Assert.Equal("My email is [EMAIL_1]", messages[1].Content);
        Assert.Equal("Thanks, I noted [EMAIL_1].", messages[2].Content);
        Assert.Equal("Also cc [EMAIL_2] and [EMAIL_1] please.", messages[3].Content);
    }

    [Fact]
    public async Task ADisabledProviderSendsNothing()
    {
        await using var harness = await EscalationHarness.StartAsync((settings, _) => settings["Escalation:Provider"] = "None");

        var result = await harness.EscalateAsync(Question);

        Assert.False(harness.Escalator.IsEnabled);
        Assert.False(result.Succeeded);
        Assert.Equal(EscalationErrors.Disabled, result.Error);
        Assert.Null(result.RedactedPayload);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task ADisabledProviderNeedsNoKey()
    {
        await using var harness = await EscalationHarness.StartAsync((settings, _) =>
        {
            settings["Escalation:Provider"] = null;
            settings["Escalation:ApiKey"] = null;
            settings["Escalation:Model"] = null;
        });

        var result = await harness.EscalateAsync("What's the capital of Australia?");

        Assert.Equal(EscalationErrors.Disabled, result.Error);
    }
}

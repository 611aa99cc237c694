using System.Net.Http.Json;
using System.Text.Json;
using SlmAssistant.TestKit;
using SlmAssistant.TestKit.Cloud;

namespace SlmAssistant.Host.Tests;

/// <summary>
/// The whole assistant over HTTP with escalation pointed at an OpenAI-compatible server on 127.0.0.1 that records
/// every request: only the out-of-scope turn leaves the machine, and it leaves redacted.
/// </summary>
public sealed class EscalationEndToEndTests : IDisposable
{
    private readonly TempDirectory _knowledge = new("slm-escalation-knowledge");

    public EscalationEndToEndTests()
    {
        var returns = Directory.CreateDirectory(_knowledge.Combine("return-policy")).FullName;
        File.WriteAllText(Path.Combine(returns, "windows.md"),
            "# Return Windows\n\n## Electronics\n\nLaptops, tablets and cameras can be returned within 30 days of delivery.\n\n" +
            "## Apparel\n\nClothing and footwear can be returned within 60 days with the tags attached.\n");
        var legal = Directory.CreateDirectory(_knowledge.Combine("legal")).FullName;
        File.WriteAllText(Path.Combine(legal, "privacy.md"),
            "# Privacy Policy\n\n## What we collect\n\nWe collect your name, email address and, for billing only, your Social Security number (SSN).\n\n" +
            "## Your rights\n\nYou can ask us to delete your personal data at any time.\n");
    }

    public void Dispose() => _knowledge.Dispose();

    [Fact]
    public async Task OnlyTheOutOfScopeTurnReachesTheCloudAndItArrivesRedacted()
    {
        await using var cloud = await FakeOpenAIServer.StartAsync();
        await using var host = await RunningHost.StartAsync(
            _knowledge.Path,
            "--Escalation:Provider=OpenAI",
            $"--Escalation:Endpoint={cloud.OpenAIEndpoint}",
            "--Escalation:Model=test-model",
            "--Escalation:ApiKey=test-key");
        await host.WaitForHealthAsync(TimeSpan.FromMinutes(3), "Healthy");

        var local = await AskAsync(host, "How many days do I have to return a laptop?");
        var safety = await AskAsync(host, "my father has crushing chest pain and his left arm is numb");
        Assert.Equal("local", local.GetProperty("route").GetString());
        Assert.Equal("safety", safety.GetProperty("route").GetString());
        Assert.Empty(cloud.Requests);

        var escalated = await AskAsync(host, "My name is Dana Whitfield, email dana.w@example.com. Can you draft a complaint letter to my landlord?");

        Assert.Equal("cloud", escalated.GetProperty("route").GetString());
        Assert.Equal("cloud", escalated.GetProperty("mode").GetString());
        var sent = Assert.Single(cloud.Requests).Body;
        Assert.DoesNotContain("dana.w@example.com", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("Whitfield", sent, StringComparison.Ordinal);
        Assert.Contains("[EMAIL_1]", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalDataDoesNotMakeAnOutOfScopeRequestLookInScope()
    {
        await using var cloud = await FakeOpenAIServer.StartAsync();
        await using var host = await RunningHost.StartAsync(
            _knowledge.Path,
            "--Escalation:Provider=OpenAI",
            $"--Escalation:Endpoint={cloud.OpenAIEndpoint}",
            "--Escalation:Model=test-model",
            "--Escalation:ApiKey=test-key");
        await host.WaitForHealthAsync(TimeSpan.FromMinutes(3), "Healthy");

        var poem = await AskAsync(host, "My SSN is 123-45-6789, can you help me write a poem?");

        // Not answered from the privacy policy, which mentions SSNs, nor taken for small talk: a general assistant's
        // task goes to the cloud, and the number never leaves the machine.
        Assert.Equal("cloud", poem.GetProperty("route").GetString());
        Assert.Contains(cloud.Requests, request => request.Body.Contains("poem", StringComparison.Ordinal));
        Assert.All(cloud.Requests, request => Assert.DoesNotContain("123-45-6789", request.Body, StringComparison.Ordinal));
    }

    private static async Task<JsonElement> AskAsync(RunningHost host, string question)
    {
        using var response = await host.Client.PostAsJsonAsync("/api/ask", new { question });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }
}

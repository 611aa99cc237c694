using System.Net.Http.Json;
using System.Text.Json;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests;

/// <summary>
/// A short turn that alone reads as leaving the knowledge is read again with the question it continues, over the real
/// host, router and store.
/// </summary>
public sealed class FollowUpRoutingTests : IDisposable
{
    private readonly TempDirectory _knowledge = new("slm-follow-ups");

    public FollowUpRoutingTests()
    {
        var medical = Directory.CreateDirectory(_knowledge.Combine("medical")).FullName;
        File.WriteAllText(Path.Combine(medical, "billing.md"),
            "# Billing and Payment Plans\n\n## Payment plans\n\nIf you cannot pay your clinic bill at once, you can set up a payment plan of up to 12 months " +
            "with no interest. Payment plans require a minimum payment of $25 per month.\n\n## Statements\n\nWe mail a statement every month.\n");
    }

    public void Dispose() => _knowledge.Dispose();

    [Fact]
    public async Task AShortTurnThatOnlyMakesSenseInTheConversationIsAnsweredFromIt()
    {
        await using var host = await RunningHost.StartAsync(_knowledge.Path);
        await host.WaitForHealthAsync(TimeSpan.FromMinutes(3), "Healthy");

        var first = await AskAsync(host, new { question = "Can I set up a payment plan for my bill?", domain = "medical" });
        var conversationId = first.GetProperty("conversationId").GetString()!;
        var alone = await AskAsync(host, new { question = "whats the smallest i could pay each time?", domain = "medical" });
        var followUp = await AskAsync(host, new { question = "whats the smallest i could pay each time?", domain = "medical", conversationId });

        Assert.Equal("local", first.GetProperty("route").GetString());
        Assert.Equal("cloud", alone.GetProperty("route").GetString());
        Assert.Equal("local", followUp.GetProperty("route").GetString());
        Assert.Contains("$25", followUp.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherOrganisationIsNotReadAsAFollowUp()
    {
        await using var host = await RunningHost.StartAsync(_knowledge.Path);
        await host.WaitForHealthAsync(TimeSpan.FromMinutes(3), "Healthy");

        var first = await AskAsync(host, new { question = "Can I set up a payment plan for my bill?", domain = "medical" });
        var followUp = await AskAsync(host, new { question = "does Kaiser do that too?", domain = "medical", conversationId = first.GetProperty("conversationId").GetString() });

        Assert.Equal("cloud", followUp.GetProperty("route").GetString());
    }

    [Fact]
    public async Task AQuestionFullOfTypingSlipsIsReadAsTheDocumentsWordsAndAnEmergencyStaysAnEmergency()
    {
        await using var host = await RunningHost.StartAsync(_knowledge.Path);
        await host.WaitForHealthAsync(TimeSpan.FromMinutes(3), "Healthy");

        var slips = await AskAsync(host, new { question = "minimun paymnet on a paymnet plna?", domain = "medical" });
        var emergency = await AskAsync(host, new { question = "my dad is havng chest pian and cant breathe", domain = "medical" });

        Assert.Equal("local", slips.GetProperty("route").GetString());
        Assert.Contains("$25", slips.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal("safety", emergency.GetProperty("route").GetString());
    }

    private static async Task<JsonElement> AskAsync(RunningHost host, object body)
    {
        using var response = await host.Client.PostAsJsonAsync("/api/ask", body);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}

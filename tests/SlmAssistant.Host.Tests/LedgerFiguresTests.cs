using System.Net.Http.Json;
using System.Text.Json;
using SlmAssistant.Admin.Features.SignIn;
using SlmAssistant.TestKit;
using SlmAssistant.TestKit.Cloud;

namespace SlmAssistant.Host.Tests;

/// <summary>
/// The ledger's figures as staff meet them: `slm stats` in a terminal and the console's analytics API, on the same
/// knowledge.db after real turns (local, small talk, safety and one escalated to a cloud model on 127.0.0.1).
/// </summary>
public sealed class LedgerFiguresTests : IDisposable
{
    private readonly TempDirectory _knowledge = new("slm-ledger-knowledge");

    public LedgerFiguresTests()
    {
        var returns = Directory.CreateDirectory(_knowledge.Combine("return-policy")).FullName;
        File.WriteAllText(Path.Combine(returns, "windows.md"),
            "# Return Windows\n\n## Electronics\n\nLaptops, tablets and cameras can be returned within 30 days of delivery.\n\n" +
            "## Apparel\n\nClothing and footwear can be returned within 60 days with the tags attached.\n");
    }

    public void Dispose() => _knowledge.Dispose();

    [Fact]
    public async Task SlmStatsAndTheConsoleShowTheSameVolumesShareAndSavingsToTheCent()
    {
        var (key, hash) = ApiKeyGenerator.Create();
        await using var cloud = await FakeOpenAIServer.StartAsync();
        await using var host = await RunningHost.StartAsync(
            _knowledge.Path,
            "--Escalation:Provider=OpenAI",
            $"--Escalation:Endpoint={cloud.OpenAIEndpoint}",
            "--Escalation:Model=test-model",
            "--Escalation:ApiKey=test-key",
            "--Escalation:InputPricePerMillion=0.15",
            "--Escalation:OutputPricePerMillion=0.60",
            "--Admin:ApiKeys:0:Name=tests",
            $"--Admin:ApiKeys:0:Hash={hash}");
        await host.WaitForHealthAsync(TimeSpan.FromMinutes(3), "Healthy");
        // Cloud tokens priced like the all-cloud reference, so the saving is what the other four turns would have cost.
        string[] questions =
        [
            "How many days do I have to return a laptop?",
            "Can I return a jacket after 45 days?",
            "hello!",
            "my father has crushing chest pain and his left arm is numb",
            "Can you draft a complaint letter to my landlord?",
        ];
        var routes = new List<string?>();
        foreach (var question in questions)
        {
            using var response = await host.Client.PostAsJsonAsync("/api/ask", new { question });
            response.EnsureSuccessStatusCode();
            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            routes.Add(answer.RootElement.GetProperty("route").GetString());
        }

        using var admin = new HttpClient { BaseAddress = host.Client.BaseAddress };
        admin.DefaultRequestHeaders.Add(AdminAuthentication.ApiKeyHeader, key);
        var console = JsonDocument.Parse(await admin.GetStringAsync(new Uri("/admin/api/analytics?days=7", UriKind.Relative))).RootElement.Clone();
        var cli = JsonDocument.Parse(await CliProcess.RunAsync(["stats", "--data", host.DataDirectory, "--json"])).RootElement.Clone();

        Assert.Equal(["local", "local", "smalltalk", "safety", "cloud"], routes);
        Assert.Equal(5, cli.GetProperty("total").GetInt32());
        Assert.Equal(cli.GetProperty("total").GetInt32(), console.GetProperty("totalQuestions").GetInt32());
        Assert.Equal(cli.GetProperty("total").GetInt32() - cli.GetProperty("cloud").GetInt32(), console.GetProperty("localQuestions").GetInt32());
        Assert.Equal(cli.GetProperty("localShare").GetDouble(), console.GetProperty("localShare").GetDouble(), 12);
        var spend = cli.GetProperty("spend").GetDecimal();
        var savings = cli.GetProperty("savings").GetDecimal();
        Assert.True(spend > 0 && savings > 0, $"spend {spend}, savings {savings}: both should be real money");
        Assert.Equal(spend, console.GetProperty("costUsd").GetDecimal());
        Assert.Equal(cli.GetProperty("allCloudSpend").GetDecimal(), console.GetProperty("allCloudCostUsd").GetDecimal());
        Assert.Equal(savings, console.GetProperty("savedUsd").GetDecimal());
        Assert.Equal(Math.Round(savings, 2), Math.Round(console.GetProperty("savedUsd").GetDecimal(), 2));
    }
}

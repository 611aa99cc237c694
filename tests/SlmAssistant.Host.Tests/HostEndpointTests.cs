using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests;

public sealed class HostEndpointTests : IDisposable
{
    private readonly TempDirectory _knowledge = new("slm-knowledge");

    public HostEndpointTests()
    {
        var medical = Directory.CreateDirectory(_knowledge.Combine("medical")).FullName;
        File.WriteAllText(Path.Combine(medical, "refills.md"),
            "# Prescription Refills\n\n## Lead time\n\nPlease allow 3 business days for refill requests sent through the portal.\n\n" +
            "## Controlled medicines\n\nRefills of controlled medicines need 5 business days and a visit every 90 days.\n");
        var returns = Directory.CreateDirectory(_knowledge.Combine("return-policy")).FullName;
        File.WriteAllText(Path.Combine(returns, "windows.md"),
            "# Return Windows\n\n## Electronics\n\nLaptops, tablets and cameras can be returned within 30 days of delivery.\n\n" +
            "## Apparel\n\nClothing and footwear can be returned within 60 days with the tags attached.\n");
    }

    public void Dispose() => _knowledge.Dispose();

    private static async Task<JsonElement> AskAsync(RunningHost host, object body)
    {
        using var response = await host.Client.PostAsJsonAsync("/api/ask", body);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task HealthTurnsHealthyOnceTheKnowledgeIsSeededAndAskAnswersWithACitation()
    {
        await using var host = await RunningHost.StartAsync(_knowledge.Path);

        var health = await host.WaitForHealthAsync(TimeSpan.FromMinutes(3), "Healthy");
        Assert.Contains("2 ingested", health, StringComparison.Ordinal);

        var response = await host.Client.PostAsJsonAsync("/api/ask", new { question = "How many days do I have to return a laptop?" });
        response.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("30 days", answer.RootElement.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var citation = answer.RootElement.GetProperty("citations")[0];
        Assert.EndsWith("windows.md", citation.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("Electronics", citation.GetProperty("section").GetString(), StringComparison.Ordinal);
        Assert.Equal("local", answer.RootElement.GetProperty("route").GetString());
    }

    [Fact]
    public async Task AskNamesItsConversationAndAFollowUpInItIsAnsweredInContext()
    {
        await using var host = await RunningHost.StartAsync(_knowledge.Path);
        await host.WaitForHealthAsync(TimeSpan.FromMinutes(3), "Healthy");

        var first = await AskAsync(host, new { question = "How many days do I have to return clothing?", domain = "return-policy" });
        var conversationId = first.GetProperty("conversationId").GetString()!;
        var followUp = await AskAsync(host, new { question = "and for laptops?", domain = "return-policy", conversationId });
        var alone = await AskAsync(host, new { question = "and for laptops?", domain = "return-policy" });
        using var unknown = await host.Client.PostAsJsonAsync("/api/ask", new { question = "and for laptops?", conversationId = "api-nonexistent" });

        Assert.Contains("60 days", first.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal(conversationId, followUp.GetProperty("conversationId").GetString());
        Assert.Contains("30 days", followUp.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(conversationId, alone.GetProperty("conversationId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("No such conversation", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchReturnsHitsWithEverythingACitationNeeds()
    {
        await using var host = await RunningHost.StartAsync(_knowledge.Path);
        await host.WaitForHealthAsync(TimeSpan.FromMinutes(3), "Healthy");

        using var result = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri("/api/search?q=controlled+medicine+refill&top=2", UriKind.Relative)));

        var hit = result.RootElement.GetProperty("hits")[0];
        foreach (var field in new[] { "documentId", "source", "title", "section", "page", "score", "text" })
        {
            Assert.True(hit.TryGetProperty(field, out _), $"hit has no '{field}'");
        }

        Assert.Contains("5 business days", hit.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedRequestsGetA4xxWithTheReason()
    {
        await using var host = await RunningHost.StartAsync(_knowledge.Path, "--Seeding:Enabled=false");

        using var broken = await host.Client.PostAsync(new Uri("/api/ask", UriKind.Relative), new StringContent("{\"question\": nope", Encoding.UTF8, "application/json"));
        using var empty = await host.Client.PostAsJsonAsync("/api/ask", new { question = "  " });
        using var badTop = await host.Client.GetAsync(new Uri("/api/search?q=fees&top=500", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var brokenBody = await broken.Content.ReadAsStringAsync();
        Assert.Contains("not valid JSON", brokenBody, StringComparison.Ordinal);
        Assert.DoesNotContain("SlmAssistant", brokenBody, StringComparison.Ordinal);
        Assert.DoesNotContain("AskRequest", brokenBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("question is required", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badTop.StatusCode);
        Assert.Contains("top must be between", await badTop.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingKnowledgeFolderMakesHealthUnhealthyAndNamesThePath()
    {
        var missing = _knowledge.Combine("does-not-exist");
        await using var host = await RunningHost.StartAsync(missing);

        var health = await host.WaitForHealthAsync(TimeSpan.FromSeconds(60), "Unhealthy");

        Assert.Contains("does-not-exist", health, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync(new Uri("/alive", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task BodyOfTheWrongShapeGetsAProblemThatNamesNoInternalType()
    {
        await using var host = await RunningHost.StartAsync(_knowledge.Path, "--Seeding:Enabled=false");

        using var response = await host.Client.PostAsync(new Uri("/api/ask", UriKind.Relative), new StringContent("[1, 2]", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("SlmAssistant.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("AskRequest", body, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MistypedAskBodiesGetAProblemThatNamesNoInternalOrFrameworkType()
    {
        await using var host = await RunningHost.StartAsync(_knowledge.Path, "--Seeding:Enabled=false");
        string[] bodies =
        [
            "{\"question\": nope", "[1, 2]", "{\"question\": 5}", "{\"question\": \"Hi\", \"domain\": {}}",
            "{\"question\": \"Hi\", \"conversationId\": [1]}", "{\"question\": \"\\uZZZZ\"}", "\"just a string\"", string.Empty,
        ];

        foreach (var body in bodies)
        {
            using var response = await host.Client.PostAsync(new Uri("/api/ask", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{body} → {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("SlmAssistant.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("AskRequest", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AskForAnUnknownDomainIsABadRequestThatSaysWhy()
    {
        await using var host = await RunningHost.StartAsync(_knowledge.Path, "--Seeding:Enabled=false");

        using var response = await host.Client.PostAsJsonAsync("/api/ask", new { question = "How do I return a laptop?", domain = "no-such-domain" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There is no domain 'no-such-domain'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiIsNotServedOutsideDevelopment()
    {
        await using var host = await RunningHost.StartAsync(_knowledge.Path, "--Seeding:Enabled=false");

        using var response = await host.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task HealthShowsOnlyItsStatusToAnAnonymousCallerFromAnotherMachine()
    {
        // The host also listens on this machine's own non-loopback address: a caller there is "remote".
        var address = System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .First(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        var missing = _knowledge.Combine("secret-knowledge-path");
        await using var host = await RunningHost.StartAsync(missing, $"--urls=http://{address}:0");

        await host.WaitForHealthAsync(TimeSpan.FromSeconds(60), "Unhealthy");
        using var response = await host.Client.GetAsync(new Uri("/health", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("{\"status\":\"Unhealthy\"}", body);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheAskAndAdminApis()
    {
        await using var host = await RunningHost.StartAsync(_knowledge.Path, "--Seeding:Enabled=false", "--environment=Development");

        var document = await host.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("\"/api/ask\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/admin/api/documents\"", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConfiguredModelThatIsMissingMakesHealthUnhealthyAndNamesThePath()
    {
        var missing = _knowledge.Combine("no-model-here");
        await using var host = await RunningHost.StartAsync(_knowledge.Path, "--Seeding:Enabled=false", $"--Slm:ModelPath={missing}");

        var health = await host.WaitForHealthAsync(TimeSpan.FromSeconds(60), "Unhealthy");

        Assert.Contains("no-model-here", health, StringComparison.Ordinal);
        Assert.Contains("\"mode\":\"slm\"", health, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAModelHealthSaysAnswersAreExtractive()
    {
        await using var host = await RunningHost.StartAsync(_knowledge.Path, "--Seeding:Enabled=false");

        var health = await host.WaitForHealthAsync(TimeSpan.FromSeconds(60), "Healthy");

        Assert.Contains("\"mode\":\"extractive\"", health, StringComparison.Ordinal);
    }
}

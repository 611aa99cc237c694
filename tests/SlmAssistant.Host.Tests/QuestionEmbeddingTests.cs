using System.Net.Http.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SlmAssistant.Embeddings;
using SlmAssistant.Embeddings.Generation;
using SlmAssistant.TestKit;
using SlmAssistant.TestKit.Embeddings;

namespace SlmAssistant.Host.Tests;

/// <summary>One turn through the real host: the question is embedded once, and retrieval and routing both use it.</summary>
public sealed class QuestionEmbeddingTests : IDisposable
{
    private readonly TempDirectory _knowledge = new("slm-embedding-knowledge");

    public QuestionEmbeddingTests()
    {
        var returns = Directory.CreateDirectory(_knowledge.Combine("return-policy")).FullName;
        File.WriteAllText(Path.Combine(returns, "windows.md"),
            "# Return Windows\n\n## Electronics\n\nLaptops, tablets and cameras can be returned within 30 days of delivery.\n");
    }

    public void Dispose() => _knowledge.Dispose();

    [Fact]
    public async Task OneTurnEmbedsTheQuestionOnceForRetrievalAndRouting()
    {
        CountingGenerator? model = null;
        await using var host = await RunningHost.StartAsync(_knowledge.Path, builder =>
            builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp => new QueryEmbeddingCache(
                model = new CountingGenerator(sp.GetRequiredService<ArcticEmbeddingGenerator>()),
                sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value.QueryCacheCapacity)));
        await host.WaitForHealthAsync(TimeSpan.FromMinutes(3), "Healthy");
        const string Question = "How many days do I have to return a tablet?";

        using var response = await host.Client.PostAsJsonAsync("/api/ask", new { question = Question });
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();

        Assert.Equal("local", answer.GetProperty("route").GetString());
        Assert.Contains("30 days", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.NotNull(model);
        Assert.Equal(1, model.Texts.Count(text => text == Question));
    }
}

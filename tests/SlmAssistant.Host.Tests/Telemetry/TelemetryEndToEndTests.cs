using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace SlmAssistant.Host.Tests.Telemetry;

/// <summary>What the real host exports through OpenTelemetry for a question, a bot turn, a cloud turn and seeding.</summary>
[Collection(UsesProcessWideTelemetry.Name)]
public sealed class TelemetryEndToEndTests(TelemetryHost telemetry) : IClassFixture<TelemetryHost>
{
    private static readonly (string, string)[] LocalExtractive = [("slm.route", "local"), ("slm.answer.mode", "extractive")];

    [Fact]
    public async Task OneQuestionExportsItsSpansEndToEnd()
    {
        const string Question = "How many days do I have to return a laptop?";
        telemetry.FlushMetrics();
        var turnsBefore = telemetry.CounterSum("slm.answer.turns", LocalExtractive);
        var latencyBefore = telemetry.HistogramCount("slm.answer.duration", LocalExtractive);
        var skip = telemetry.Spans.Count;

        var answer = await AskAsync(Question);
        var trace = await telemetry.TraceOfAsync("/api/ask", skip);

        Assert.Equal("local", answer.GetProperty("route").GetString());
        var root = Assert.Single(trace, s => s.ParentSpanId == default);
        Assert.Equal(ActivityKind.Server, root.Kind);
        Assert.Equal("POST", root.GetTagItem("http.request.method"));
        var answered = Only(trace, "slm.answer");
        Assert.Equal(root.SpanId, answered.ParentSpanId);
        Assert.Equal("SlmAssistant.Orchestration", answered.Source.Name);
        Assert.Equal("local", answered.GetTagItem("slm.route"));
        Assert.Equal("extractive", answered.GetTagItem("slm.answer.mode"));
        Assert.Equal(true, answered.GetTagItem("slm.answer.found"));
        var search = Only(trace, "slm.retrieval.search");
        Assert.Equal(answered.SpanId, search.ParentSpanId);
        Assert.InRange((int)search.GetTagItem("slm.retrieval.hits")!, 1, 5);
        Assert.Equal(search.SpanId, Only(trace, "slm.retrieval.keyword").ParentSpanId);
        Assert.Equal(search.SpanId, Only(trace, "slm.retrieval.vector").ParentSpanId);
        var route = Only(trace, "slm.route");
        Assert.Equal(answered.SpanId, route.ParentSpanId);
        Assert.Equal("SlmAssistant.Routing", route.Source.Name);
        Assert.Equal("local", route.GetTagItem("slm.route"));
        Assert.InRange((double)route.GetTagItem("slm.route.confidence")!, 0.0, 1.0);
        var compose = Only(trace, "slm.answer.compose");
        Assert.Equal(answered.SpanId, compose.ParentSpanId);
        Assert.Equal(search.GetTagItem("slm.retrieval.hits"), compose.GetTagItem("slm.retrieval.hits"));
        Assert.All(trace, span => Assert.True(span == root || trace.Any(parent => parent.SpanId == span.ParentSpanId), $"{span.DisplayName} has no parent in the trace"));
        AssertNoTagQuotes(trace, Question, "laptop");

        telemetry.FlushMetrics();
        Assert.Equal(1, telemetry.CounterSum("slm.answer.turns", LocalExtractive) - turnsBefore);
        Assert.Equal(1, telemetry.HistogramCount("slm.answer.duration", LocalExtractive) - latencyBefore);
        Assert.True(telemetry.HistogramCount("slm.retrieval.duration") >= 1);
    }

    [Fact]
    public async Task ABotTurnExportsItsSpanWithTheChannelId()
    {
        const string Text = "How many days do I have to return clothing?";
        var skip = telemetry.Spans.Count;
        var activity = new
        {
            type = "message",
            id = $"in-{Guid.NewGuid():N}",
            channelId = "telemetry-test",
            serviceUrl = "http://127.0.0.1:9/",
            from = new { id = "user-1", name = "Ada", role = "user" },
            recipient = new { id = "bot-1", name = "Assistant" },
            conversation = new { id = $"conv-{Guid.NewGuid():N}" },
            text = Text,
            deliveryMode = "expectReplies",
        };

        using var response = await telemetry.Client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var trace = await telemetry.TraceOfAsync("/api/messages", skip);

        Assert.Contains("60 days", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var root = Assert.Single(trace, s => s.ParentSpanId == default);
        var turn = Only(trace, "slm.bot.turn");
        Assert.Equal(root.SpanId, turn.ParentSpanId);
        Assert.Equal("SlmAssistant.Bot", turn.Source.Name);
        Assert.Equal("telemetry-test", turn.GetTagItem("slm.bot.channel_id"));
        Assert.Equal("message", turn.GetTagItem("slm.bot.activity_type"));
        Assert.Equal(turn.SpanId, Only(trace, "slm.answer").ParentSpanId);
        AssertNoTagQuotes(trace, Text, "clothing", "Ada");
    }

    [Fact]
    public async Task ACloudTurnExportsItsModelAndTokensButNoPersonalData()
    {
        const string Question = "My name is Dana Whitfield, email dana.w@example.com. Can you draft a complaint letter to my landlord?";
        telemetry.FlushMetrics();
        var inputBefore = telemetry.CounterSum("slm.answer.tokens", ("slm.route", "cloud"), ("gen_ai.token.type", "input"));
        var skip = telemetry.Spans.Count;

        var answer = await AskAsync(Question);
        var trace = await telemetry.TraceOfAsync("/api/ask", skip);

        Assert.Equal("cloud", answer.GetProperty("route").GetString());
        var usage = answer.GetProperty("usage");
        var chat = Only(trace, "chat test-model");
        Assert.Equal("SlmAssistant.Escalation", chat.Source.Name);
        Assert.Equal(ActivityKind.Client, chat.Kind);
        Assert.Equal(Only(trace, "slm.answer").SpanId, chat.ParentSpanId);
        Assert.Equal("openai", chat.GetTagItem("gen_ai.system"));
        Assert.Equal("test-model", chat.GetTagItem("gen_ai.request.model"));
        Assert.Equal(usage.GetProperty("inputTokens").GetInt32(), chat.GetTagItem("gen_ai.usage.input_tokens"));
        Assert.Equal(usage.GetProperty("outputTokens").GetInt32(), chat.GetTagItem("gen_ai.usage.output_tokens"));
        Assert.Contains("email", (string[])chat.GetTagItem("slm.escalation.redacted_types")!);
        Assert.Contains(trace, s => s.Source.Name == "System.Net.Http" && s.ParentSpanId == chat.SpanId);
        AssertNoTagQuotes(trace, Question, "Dana", "Whitfield", "dana.w@example.com", "landlord");

        telemetry.FlushMetrics();
        var inputAfter = telemetry.CounterSum("slm.answer.tokens", ("slm.route", "cloud"), ("gen_ai.token.type", "input"));
        Assert.Equal(usage.GetProperty("inputTokens").GetInt32(), inputAfter - inputBefore);
    }

    [Fact]
    public void SeedingExportsASpanPerDocumentWithAChildPerStep()
    {
        var documents = telemetry.Spans.Snapshot().Where(s => s.OperationName == "slm.ingest.document").ToList();

        Assert.Equal(2, documents.Count);
        var steps = new[] { "slm.ingest.extract", "slm.ingest.chunk", "slm.ingest.embed", "slm.ingest.store" };
        foreach (var document in documents)
        {
            Assert.Equal(default, document.ParentSpanId);
            Assert.Equal("ingested", document.GetTagItem("slm.ingestion.outcome"));
            Assert.Equal("Markdown", Child(document, "slm.ingest.extract").GetTagItem("slm.document.format"));
            Assert.Equal(steps, telemetry.Spans.Snapshot().Where(s => s.ParentSpanId == document.SpanId).OrderBy(s => s.StartTimeUtc).Select(s => s.OperationName));
        }

        telemetry.FlushMetrics();
        Assert.Equal(2, telemetry.CounterSum("slm.ingestion.documents", ("slm.ingestion.outcome", "ingested")));
        Assert.Equal(documents.Sum(d => (int)d.GetTagItem("slm.document.chunks")!), telemetry.CounterSum("slm.ingestion.chunks"));
    }

    [Fact]
    public async Task TheOtlpEndpointReceivesTheTracesAndMetricsOverHttp()
    {
        await AskAsync("How many days do I have to return a tablet?");

        telemetry.FlushTraces();
        telemetry.FlushMetrics();

        var traces = await telemetry.Otlp.WaitForAsync("/v1/traces", "slm.answer", TimeSpan.FromSeconds(30));
        var metrics = await telemetry.Otlp.WaitForAsync("/v1/metrics", "slm.answer.turns", TimeSpan.FromSeconds(30));
        Assert.Equal("application/x-protobuf", traces.ContentType);
        Assert.True(traces.Mentions("SlmAssistant.Orchestration"), "the scope is named");
        Assert.True(traces.Mentions("slm-assistant"), "the service is named");
        Assert.True(metrics.Mentions("slm.answer.duration"), "the latency histogram is exported");
    }

    private async Task<JsonElement> AskAsync(string question)
    {
        using var response = await telemetry.Client.PostAsJsonAsync("/api/ask", new { question });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static Activity Only(IReadOnlyList<Activity> trace, string name) => Assert.Single(trace, s => s.OperationName == name);

    private Activity Child(Activity parent, string name) =>
        Assert.Single(telemetry.Spans.Snapshot(), s => s.ParentSpanId == parent.SpanId && s.OperationName == name);

    private static void AssertNoTagQuotes(IReadOnlyList<Activity> trace, params string[] words)
    {
        foreach (var span in trace)
        {
            foreach (var tag in span.TagObjects)
            {
                var value = tag.Value is string[] values ? string.Join(' ', values) : tag.Value?.ToString() ?? string.Empty;
                Assert.All(words, word => Assert.DoesNotContain(word, value, StringComparison.Ordinal));
            }
        }
    }
}

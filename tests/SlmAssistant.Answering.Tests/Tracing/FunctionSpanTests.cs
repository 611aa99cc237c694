using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Tests.Support;
using SlmAssistant.Answering.Tracing;

namespace SlmAssistant.Answering.Tests.Tracing;

/// <summary>The playground's trace steps and the exported spans describe the same kernel function runs.</summary>
[Collection(UsesAnswerModels.Name)]
public sealed class FunctionSpanTests(AnswerModels models)
{
    private const string TestSourceName = "SlmAssistant.Answering.Tests";
    private static readonly ActivitySource TestSource = new(TestSourceName);

    [Fact]
    public async Task EachTraceStepHasAFunctionSpanOfTheSameDurationWithTheModelSpanUnderIt()
    {
        await using var services = AnsweringServices.Create(models.FollowUps, new FixedKnowledgeSearch(SampleHits.ReturnPolicy));
        var spans = new ConcurrentQueue<Activity>();
        using var listener = Listen(spans);
        using var trace = AnswerTrace.Begin();
        ActivityTraceId traceId;
        using (var root = TestSource.StartActivity("test"))
        {
            traceId = root!.TraceId;
            await AnswerStreams.ReadAsync(services.GetRequiredService<IAnswerService>().StreamAnswerAsync(new AnswerRequest("Can I return opened electronics?", "return-policy")));
        }

        var mine = spans.Where(s => s.TraceId == traceId).ToList();
        var compose = Assert.Single(mine, s => s.OperationName == "slm.answer.compose");
        Assert.Equal(trace.Mode, compose.GetTagItem("slm.answer.mode"));
        var functions = mine.Where(s => s.OperationName == "slm.function").OrderBy(s => s.StartTimeUtc).ToList();
        Assert.Equal(["Answer.Grounded", "Answer.FollowUps"], trace.Steps.Select(step => step.Function));
        Assert.Equal(trace.Steps.Select(step => step.Function), functions.Select(span => span.GetTagItem("slm.function.name") as string));
        foreach (var (step, function) in trace.Steps.Zip(functions))
        {
            Assert.Equal(compose.SpanId, function.ParentSpanId);
            Assert.Equal(step.Duration, function.Duration);
            Assert.Contains(function.Events, e => e.Name == "slm.prompt.rendered");
            var firstToken = Assert.Single(function.Events, e => e.Name == "slm.first_token");
            Assert.Equal(step.TimeToFirstToken, firstToken.Timestamp.UtcDateTime - function.StartTimeUtc);
            var chat = Assert.Single(mine, s => s.Source.Name == "SlmAssistant.Inference" && s.ParentSpanId == function.SpanId);
            Assert.Equal("onnxruntime-genai", chat.GetTagItem("gen_ai.system"));
            Assert.True((int)chat.GetTagItem("gen_ai.usage.input_tokens")! > 0);
            Assert.True((int)chat.GetTagItem("gen_ai.usage.output_tokens")! > 0);
        }

        Assert.DoesNotContain(mine.SelectMany(s => s.TagObjects), tag => tag.Value is string text && text.Contains("electronics", StringComparison.Ordinal));
    }

    private static ActivityListener Listen(ConcurrentQueue<Activity> spans)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is AnsweringTelemetry.Name or "SlmAssistant.Inference" or TestSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}

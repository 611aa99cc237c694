using System.Diagnostics;

namespace SlmAssistant.Answering.Tracing;

/// <summary>
/// One span per kernel function run, the span twin of an <see cref="AnswerTraceStep"/>: the same function name, the
/// same duration (one clock reading sets both), the render and the first token as events at the same offsets. The
/// rendered prompt stays in the trace only: it holds the customer's words.
/// </summary>
internal static class FunctionSpans
{
    public const string SpanName = "slm.function";
    public const string FunctionTag = "slm.function.name";

    public static Activity? Start(string function)
    {
        var span = AnsweringTelemetry.Source.StartActivity(SpanName);
        span?.SetTag(FunctionTag, function);
        return span;
    }

    /// <summary>The span of <paramref name="function"/> when it is current in this flow (while its prompt renders).</summary>
    public static Activity? CurrentOf(string function) =>
        Activity.Current is { OperationName: SpanName } span && span.Source == AnsweringTelemetry.Source
            && span.GetTagItem(FunctionTag) as string == function
            ? span
            : null;

    public static void PromptRendered(Activity? span, TimeSpan renderDuration, int length) =>
        span?.AddEvent(new ActivityEvent("slm.prompt.rendered", tags: new ActivityTagsCollection
        {
            ["slm.prompt.render_ms"] = renderDuration.TotalMilliseconds,
            ["slm.prompt.length"] = length,
        }));

    public static void FirstToken(Activity? span, TimeSpan afterStart) =>
        span?.AddEvent(new ActivityEvent(
            "slm.first_token",
            new DateTimeOffset(span.StartTimeUtc + afterStart, TimeSpan.Zero),
            new ActivityTagsCollection { ["slm.first_token_ms"] = afterStart.TotalMilliseconds }));

    /// <summary>Ends the span <paramref name="duration"/> after it started: the duration its trace step shows.</summary>
    public static void End(Activity? span, TimeSpan duration)
    {
        if (span is null)
        {
            return;
        }

        span.SetEndTime(span.StartTimeUtc + duration);
        span.Stop();
    }

    public static void Fail(Activity? span, Exception exception)
    {
        span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        span?.SetTag("error.type", exception.GetType().FullName);
        span?.Stop();
    }
}

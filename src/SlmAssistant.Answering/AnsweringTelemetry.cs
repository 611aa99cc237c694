using System.Diagnostics;
using System.Diagnostics.Metrics;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Composition;

namespace SlmAssistant.Answering;

/// <summary>
/// The answering stage's spans (the orchestrated answer, the composed local answer, each kernel function, the
/// self-check) and the assistant's metrics: turns, tokens and answer latency. Tags carry routes, modes, counts and
/// scores; never the question, the answer or a prompt. Without a listener nothing is created or recorded.
/// </summary>
public static class AnsweringTelemetry
{
    public const string Name = "SlmAssistant.Answering";

    internal const string AnswerSpan = "slm.answer";
    internal const string ComposeSpan = "slm.answer.compose";
    internal const string SelfCheckSpan = "slm.route.self_check";

    private const string RouteTag = "slm.route";
    private const string ModeTag = "slm.answer.mode";

    internal static readonly ActivitySource Source = new(Name);
    internal static readonly Meter Meter = new(Name);

    internal static readonly Counter<long> Turns = Meter.CreateCounter<long>(
        "slm.answer.turns", "{turn}", "Turns answered, by route and answer mode.");

    internal static readonly Counter<long> Tokens = Meter.CreateCounter<long>(
        "slm.answer.tokens", "{token}", "Model tokens spent on answers, by token type (input, output) and route (local, cloud).");

    internal static readonly Histogram<double> Duration = Meter.CreateHistogram(
        "slm.answer.duration",
        unit: "s",
        description: "Time from the question to the final answer, by route and answer mode.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60] });

    /// <summary>
    /// Makes <paramref name="span"/> current again in an async iterator after a <c>yield return</c>: the iterator resumes
    /// in its consumer's context, where the span is not current, and what it starts next belongs under the span.
    /// </summary>
    internal static void Resume(Activity? span)
    {
        if (span is not null)
        {
            Activity.Current = span;
        }
    }

    /// <summary>Records one finished turn: its counter, latency and tokens, and the tags of its span.</summary>
    internal static void Answered(Activity? span, AnswerResult answer, TimeSpan latency, bool redacted)
    {
        var route = new KeyValuePair<string, object?>(RouteTag, answer.Route);
        var mode = new KeyValuePair<string, object?>(ModeTag, answer.Mode);
        Turns.Add(1, route, mode);
        Duration.Record(latency.TotalSeconds, route, mode);
        if (answer.Usage is { } usage)
        {
            Tokens.Add(usage.InputTokens, new KeyValuePair<string, object?>("gen_ai.token.type", "input"), route);
            Tokens.Add(usage.OutputTokens, new KeyValuePair<string, object?>("gen_ai.token.type", "output"), route);
        }

        if (span is null)
        {
            return;
        }

        span.SetTag(RouteTag, answer.Route);
        span.SetTag(ModeTag, answer.Mode);
        span.SetTag("slm.answer.found", answer.Found);
        span.SetTag("slm.answer.domain", answer.Domain);
        span.SetTag("slm.answer.confidence", answer.Confidence);
        span.SetTag("slm.answer.citations", answer.Citations.Count);
        span.SetTag("slm.question.redacted", redacted);
        span.SetTag("gen_ai.usage.input_tokens", answer.Usage?.InputTokens);
        span.SetTag("gen_ai.usage.output_tokens", answer.Usage?.OutputTokens);
    }

    /// <summary>Tags the composed local answer's span with what the evidence and the composer made of the passages.</summary>
    internal static void Assessed(Activity? span, AnswerContext context, string mode)
    {
        span?.SetTag(ModeTag, mode);
        span?.SetTag("slm.retrieval.hits", context.Hits.Count);
        span?.SetTag("slm.answer.evidence", context.Evidence.BestSimilarity);
        span?.SetTag("slm.answer.sufficient", context.Evidence.IsSufficient);
    }

    internal static void Composed(Activity? span, AnswerDraft draft) => span?.SetTag("slm.answer.found", draft.Found);
}

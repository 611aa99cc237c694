using System.Diagnostics;
using System.Diagnostics.Metrics;
using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Orchestration;

/// <summary>
/// The orchestrated turn's span ("slm.answer": route, mode, found, tokens) and the assistant's metrics: turns, tokens
/// and answer latency by route and mode. Tags never carry the question or the answer. Without a listener nothing is
/// created or recorded.
/// </summary>
public static class OrchestrationTelemetry
{
    public const string Name = "SlmAssistant.Orchestration";

    private const string RouteTag = "slm.route";
    private const string ModeTag = "slm.answer.mode";

    private static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Turns = Meter.CreateCounter<long>(
        "slm.answer.turns", "{turn}", "Turns answered, by route and answer mode.");

    private static readonly Counter<long> Tokens = Meter.CreateCounter<long>(
        "slm.answer.tokens", "{token}", "Model tokens spent on answers, by token type (input, output) and route (local, cloud).");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram(
        "slm.answer.duration",
        unit: "s",
        description: "Time from the question to the final answer, by route and answer mode.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60] });

    internal static Activity? StartAnswer() => Source.StartActivity("slm.answer");

    /// <summary>Makes <paramref name="span"/> current again after a <c>yield return</c> (the iterator resumes in its consumer's context).</summary>
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
        var route = new KeyValuePair<string, object?>(RouteTag, answer.Route.ToWire());
        var mode = new KeyValuePair<string, object?>(ModeTag, answer.Mode.ToWire());
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

        span.SetTag(RouteTag, answer.Route.ToWire());
        span.SetTag(ModeTag, answer.Mode.ToWire());
        span.SetTag("slm.answer.found", answer.Found);
        span.SetTag("slm.answer.domain", answer.Domain);
        span.SetTag("slm.answer.confidence", answer.Confidence);
        span.SetTag("slm.answer.citations", answer.Citations.Count);
        span.SetTag("slm.question.redacted", redacted);
        span.SetTag("gen_ai.usage.input_tokens", answer.Usage?.InputTokens);
        span.SetTag("gen_ai.usage.output_tokens", answer.Usage?.OutputTokens);
    }
}

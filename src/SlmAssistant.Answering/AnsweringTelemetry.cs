using System.Diagnostics;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Composition;

namespace SlmAssistant.Answering;

/// <summary>
/// The answering stage's spans: the composed local answer and each kernel function (the orchestrated turn and the
/// assistant's metrics belong to SlmAssistant.Orchestration). Tags carry modes, counts and scores; never the question,
/// the answer or a prompt. Without a listener nothing is created.
/// </summary>
public static class AnsweringTelemetry
{
    public const string Name = "SlmAssistant.Answering";

    internal const string ComposeSpan = "slm.answer.compose";

    private const string ModeTag = "slm.answer.mode";

    internal static readonly ActivitySource Source = new(Name);

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

using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace SlmAssistant.Answering.Tracing;

/// <summary>
/// Records each rendered prompt and its render time in the current <see cref="AnswerTrace"/>, and the render time (not
/// the prompt) as an event of the function's span.
/// </summary>
public sealed class PromptTraceFilter(ILogger<PromptTraceFilter> logger) : IPromptRenderFilter
{
    public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var started = Stopwatch.GetTimestamp();
        await next(context);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var function = FunctionTimingFilter.NameOf(context.Function);

        // Debug only: a rendered prompt holds the customer's words and document text.
        logger.LogDebug("Rendered {Function} in {RenderMs:F2} ms:\n{Prompt}", function, elapsed.TotalMilliseconds, context.RenderedPrompt);
        FunctionSpans.PromptRendered(FunctionSpans.CurrentOf(function), elapsed, context.RenderedPrompt?.Length ?? 0);
        if (AnswerTrace.Current is { } trace)
        {
            var step = trace.StepAwaitingPrompt(function);
            step.RenderedPrompt = context.RenderedPrompt;
            step.RenderDuration = elapsed;
        }
    }
}

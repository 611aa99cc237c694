using System.Diagnostics;
using System.Runtime.CompilerServices;
using ChatResponseUpdate = Microsoft.Extensions.AI.ChatResponseUpdate;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace SlmAssistant.Answering.Tracing;

/// <summary>
/// Logs how long each kernel function takes and records it in the current <see cref="AnswerTrace"/> and in the
/// function's span (<see cref="FunctionSpans"/>). A streaming invocation returns as soon as its stream exists, so its
/// stream is wrapped and timed to the first text and to its end; the span stays current while the stream is read,
/// so the model's own span lies under it.
/// </summary>
public sealed class FunctionTimingFilter(ILogger<FunctionTimingFilter> logger) : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var function = NameOf(context.Function);
        var span = FunctionSpans.Start(function);
        var step = AnswerTrace.Current?.StartStep(function);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        catch (Exception e)
        {
            FunctionSpans.Fail(span, e);
            throw;
        }

        if (context.IsStreaming && context.Result.GetValue<object>() is IAsyncEnumerable<ChatResponseUpdate> updates)
        {
            context.Result = new FunctionResult(context.Result, TimeAsync(updates, function, step, span, started));
            return;
        }

        Finish(function, step, span, started);
    }

    internal static string NameOf(KernelFunction function) =>
        function.PluginName is null ? function.Name : $"{function.PluginName}.{function.Name}";

    private async IAsyncEnumerable<ChatResponseUpdate> TimeAsync(
        IAsyncEnumerable<ChatResponseUpdate> updates,
        string function,
        AnswerTraceStep? step,
        Activity? span,
        long started,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        AnsweringTelemetry.Resume(span);
        TimeSpan? firstToken = null;
        try
        {
            await foreach (var update in updates.WithCancellation(cancellationToken))
            {
                if (firstToken is null && !string.IsNullOrEmpty(update.Text))
                {
                    firstToken = Stopwatch.GetElapsedTime(started);
                    step?.TimeToFirstToken = firstToken;
                    FunctionSpans.FirstToken(span, firstToken.Value);
                }

                yield return update;
                AnsweringTelemetry.Resume(span);
            }
        }
        finally
        {
            Finish(function, step, span, started, firstToken);
        }
    }

    private void Finish(string function, AnswerTraceStep? step, Activity? span, long started, TimeSpan? firstToken = null)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        step?.Duration = elapsed;
        FunctionSpans.End(span, elapsed);
        logger.LogInformation(
            "{Function} took {DurationMs:F1} ms (first token after {FirstTokenMs:F1} ms)",
            function,
            elapsed.TotalMilliseconds,
            firstToken?.TotalMilliseconds);
    }
}

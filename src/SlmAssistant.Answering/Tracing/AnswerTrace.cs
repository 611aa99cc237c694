namespace SlmAssistant.Answering.Tracing;

/// <summary>
/// Collects what happened while answering, for the admin playground: the retrieval query and, per kernel function,
/// the rendered prompt and timings (recorded by the kernel filters). Nothing is collected unless a caller asks:
/// <code>
/// using var trace = AnswerTrace.Begin();
/// var result = await answers.AnswerAsync(request);
/// // trace.Steps[0].RenderedPrompt ...
/// </code>
/// The trace flows with the async context, so it sees the answer begun (or streamed) in the same flow.
/// </summary>
public sealed class AnswerTrace : IDisposable
{
    private static readonly AsyncLocal<AnswerTrace?> Ambient = new();

    private readonly List<AnswerTraceStep> _steps = [];
    private readonly Lock _gate = new();

    private AnswerTrace()
    {
    }

    /// <summary>The trace of the current flow, or null when nobody is tracing.</summary>
    public static AnswerTrace? Current => Ambient.Value;

    /// <summary>The text the knowledge was searched with (the question, or joined with the one it continues).</summary>
    public string? RetrievalQuery { get; internal set; }

    /// <summary>The answer mode that composed the text (extractive or slm).</summary>
    public string? Mode { get; internal set; }

    /// <summary>How an extractive answer was composed: the question's slot and focus, the lead sentence, why it was given or withheld.</summary>
    public Extractive.ExtractiveAnswer? Composition { get; internal set; }

    /// <summary>How the grounded prompt was fitted to the local model's context: what was dropped or cut (local model only).</summary>
    public Grounded.PromptFit? PromptFit { get; internal set; }

    public IReadOnlyList<AnswerTraceStep> Steps
    {
        get
        {
            lock (_gate)
            {
                return [.. _steps];
            }
        }
    }

    /// <summary>Starts tracing the calling flow; dispose to stop.</summary>
    public static AnswerTrace Begin()
    {
        var trace = new AnswerTrace();
        Ambient.Value = trace;
        return trace;
    }

    public void Dispose()
    {
        if (ReferenceEquals(Ambient.Value, this))
        {
            Ambient.Value = null;
        }
    }

    internal AnswerTraceStep StartStep(string function)
    {
        var step = new AnswerTraceStep(function);
        lock (_gate)
        {
            _steps.Add(step);
        }

        return step;
    }

    /// <summary>The latest step of <paramref name="function"/> without a rendered prompt yet, or a new one.</summary>
    internal AnswerTraceStep StepAwaitingPrompt(string function)
    {
        lock (_gate)
        {
            var open = _steps.LastOrDefault(step => step.Function == function && step.RenderedPrompt is null);
            if (open is not null)
            {
                return open;
            }
        }

        return StartStep(function);
    }
}

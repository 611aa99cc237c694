namespace SlmAssistant.Answering.Tracing;

/// <summary>One kernel function run while answering: its rendered prompt and where the time went.</summary>
public sealed class AnswerTraceStep(string function)
{
    /// <summary>"Plugin.Function", e.g. "Answer.Grounded".</summary>
    public string Function { get; } = function;

    /// <summary>The prompt as rendered from the template, before the chat template of the model is applied.</summary>
    public string? RenderedPrompt { get; internal set; }

    /// <summary>Time spent rendering the prompt template.</summary>
    public TimeSpan? RenderDuration { get; internal set; }

    /// <summary>From the invocation to the first streamed text (streaming invocations only).</summary>
    public TimeSpan? TimeToFirstToken { get; internal set; }

    /// <summary>From the invocation to its end (for a stream: to its last update, or to when the reader stopped).</summary>
    public TimeSpan? Duration { get; internal set; }
}

using System.Diagnostics;
using SlmAssistant.Inference.Onnx.Chat;

namespace SlmAssistant.Inference.Onnx;

/// <summary>
/// The local generation's span ("chat {model}", OpenTelemetry's GenAI conventions): the request's settings, then the
/// prompt and completion token counts. Never the prompt or the reply. Without a listener no span is created.
/// </summary>
public static class InferenceTelemetry
{
    public const string Name = "SlmAssistant.Inference";

    internal const string System = "onnxruntime-genai";

    internal static readonly ActivitySource Source = new(Name);

    internal static Activity? StartChat(string? model, GenerationSettings settings)
    {
        var span = Source.StartActivity(model is null ? "chat" : $"chat {model}");
        if (span is null)
        {
            return null;
        }

        span.SetTag("gen_ai.operation.name", "chat");
        span.SetTag("gen_ai.system", System);
        span.SetTag("gen_ai.request.model", model);
        span.SetTag("gen_ai.request.max_tokens", settings.MaxOutputTokens);
        span.SetTag("gen_ai.request.temperature", settings.Temperature);
        span.SetTag("slm.inference.adapter", settings.Adapter);
        return span;
    }

    internal static void SlotAcquired(Activity? span) => span?.AddEvent(new ActivityEvent("slm.inference.slot_acquired"));

    internal static void Completed(Activity? span, GenerationOutcome outcome)
    {
        if (span is null)
        {
            return;
        }

        span.SetTag("gen_ai.usage.input_tokens", outcome.InputTokens);
        span.SetTag("gen_ai.usage.output_tokens", outcome.OutputTokens);
        span.SetTag("gen_ai.response.finish_reasons", new[] { outcome.FinishReason.Value });
    }
}

using System.Diagnostics;
using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Routing.Cloud;

/// <summary>
/// The cloud escalation's client span ("chat {model}", OpenTelemetry's GenAI conventions): provider, model, token
/// counts, the outcome and which kinds of personal data were redacted. Never the question, the reply or the redacted
/// values. Without a listener no span is created.
/// </summary>
public static class EscalationTelemetry
{
    public const string Name = "SlmAssistant.Escalation";

    internal static readonly ActivitySource Source = new(Name);

    internal static Activity? StartChat(EscalationOptions options)
    {
        var model = string.IsNullOrWhiteSpace(options.Model) ? null : options.Model;
        var span = Source.StartActivity(model is null ? "chat" : $"chat {model}", ActivityKind.Client);
        if (span is null)
        {
            return null;
        }

        span.SetTag("gen_ai.operation.name", "chat");
        span.SetTag("gen_ai.system", SystemOf(options.Provider));
        span.SetTag("gen_ai.request.model", model);
        span.SetTag("gen_ai.request.max_tokens", options.MaxOutputTokens);
        span.SetTag("gen_ai.request.temperature", options.Temperature);
        return span;
    }

    internal static void Sent(Activity? span, EscalationPayload payload) =>
        span?.SetTag("slm.escalation.redacted_types", payload.RedactedTypes.ToArray());

    internal static void Answered(Activity? span, TokenUsage? usage)
    {
        if (span is null || usage is null)
        {
            return;
        }

        span.SetTag("gen_ai.usage.input_tokens", usage.InputTokens);
        span.SetTag("gen_ai.usage.output_tokens", usage.OutputTokens);
    }

    /// <param name="error">One of <see cref="EscalationErrors"/>: low cardinality, and no text of the conversation.</param>
    internal static void Failed(Activity? span, string error)
    {
        span?.SetTag("error.type", error);
        span?.SetStatus(ActivityStatusCode.Error, error);
    }

    private static string SystemOf(EscalationProvider provider) => provider switch
    {
        EscalationProvider.AzureOpenAI => "az.ai.openai",
        EscalationProvider.OpenAI => "openai",
        _ => provider.ToString().ToLowerInvariant(),
    };
}

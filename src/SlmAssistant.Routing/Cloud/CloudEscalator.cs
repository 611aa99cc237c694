using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Routing;
using SlmAssistant.Routing.Cloud.Audit;
using SlmAssistant.Routing.Redaction;

namespace SlmAssistant.Routing.Cloud;

/// <summary>
/// The one way out to the cloud model: redacts the question and the recent conversation, sends them with the
/// escalation system prompt through the "cloud" chat completion service, puts the personal data back into the reply,
/// and audits exactly what was sent. Every failure (disabled, timeout, 5xx after retries, open circuit, bad key)
/// comes back as <see cref="EscalationResult.Succeeded"/> = false, never as an exception; only the caller's own
/// cancellation propagates.
/// </summary>
public sealed class CloudEscalator(
    IPiiRedactor redactor,
    IOptions<EscalationOptions> options,
    IEscalationAuditTrail audit,
    TimeProvider time,
    ILogger<CloudEscalator> logger,
    [FromKeyedServices(CloudServiceKeys.Cloud)] IChatCompletionService? cloud = null) : ICloudEscalation
{
    public bool IsEnabled => cloud is not null;

    async Task<CloudReply> ICloudEscalation.AskAsync(
        string question, IReadOnlyList<(string Role, string Text)> history, CancellationToken cancellationToken)
    {
        var result = await EscalateAsync(question, history, cancellationToken);
        return new CloudReply(result.Succeeded, result.Answer, result.Usage);
    }

    /// <param name="history">Earlier turns, oldest first; role "user" or "assistant" (others are skipped).</param>
    public async Task<EscalationResult> EscalateAsync(
        string question,
        IReadOnlyList<(string Role, string Text)>? history = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (cloud is null)
        {
            logger.LogDebug("Cloud escalation is disabled (Escalation:Provider is None); nothing sent");
            return EscalationResult.Failure(EscalationErrors.Disabled, TimeSpan.Zero, payload: null);
        }

        using var span = EscalationTelemetry.StartChat(options.Value);
        var conversation = new ConversationRedaction();
        var chat = BuildChat(conversation, question, history);
        var payload = new EscalationPayload(
            [.. chat.Select(m => new EscalationMessage(m.Role.Label, m.Content ?? string.Empty))], conversation.Types);
        EscalationTelemetry.Sent(span, payload);
        var started = time.GetTimestamp();
        try
        {
            var reply = await cloud.GetChatMessageContentAsync(chat, Settings(), kernel: null, cancellationToken);
            var latency = time.GetElapsedTime(started);
            var usage = CloudUsage.Of(reply);
            EscalationTelemetry.Answered(span, usage);
            if (string.IsNullOrWhiteSpace(reply.Content))
            {
                EscalationTelemetry.Failed(span, EscalationErrors.Failed);
                logger.LogWarning("Cloud escalation returned an empty reply after {LatencyMs:F0} ms", latency.TotalMilliseconds);
                await AuditAsync(payload, EscalationErrors.Failed, latency, usage);
                return EscalationResult.Failure(EscalationErrors.Failed, latency, payload);
            }

            await AuditAsync(payload, error: null, latency, usage);
            logger.LogInformation(
                "Cloud escalation answered in {LatencyMs:F0} ms ({InputTokens} in / {OutputTokens} out); redacted: {RedactedTypes}",
                latency.TotalMilliseconds, usage?.InputTokens, usage?.OutputTokens, string.Join(',', payload.RedactedTypes));
            return new EscalationResult(redactor.Restore(reply.Content, conversation.Placeholders), true, usage, latency, payload);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            EscalationTelemetry.Failed(span, EscalationErrors.Canceled);
            await AuditAsync(payload, EscalationErrors.Canceled, time.GetElapsedTime(started), usage: null);
            throw;
        }
        catch (Exception exception) // Whatever the connector or the network throws, the caller gets a failure value.
        {
            var latency = time.GetElapsedTime(started);
            var error = EscalationFailures.Classify(exception);
            EscalationTelemetry.Failed(span, error);
            logger.LogWarning(
                exception, "Cloud escalation failed ({Error}) after {LatencyMs:F0} ms: {Message}", error, latency.TotalMilliseconds, exception.Message);
            await AuditAsync(payload, error, latency, usage: null);
            return EscalationResult.Failure(error, latency, payload);
        }
    }

    private ChatHistory BuildChat(ConversationRedaction conversation, string question, IReadOnlyList<(string Role, string Text)>? history)
    {
        var chat = new ChatHistory(EscalationPrompt.For(options.Value.CompanyName));
        var earlier = (history ?? []).Where(turn => turn.Role is "user" or "assistant").TakeLast(options.Value.MaxHistoryMessages);
        foreach (var (role, text) in earlier)
        {
            chat.AddMessage(role == "user" ? AuthorRole.User : AuthorRole.Assistant, conversation.Redact(redactor, text));
        }

        chat.AddUserMessage(conversation.Redact(redactor, question));
        return chat;
    }

    private OpenAIPromptExecutionSettings Settings() => new()
    {
        MaxTokens = options.Value.MaxOutputTokens,
        Temperature = options.Value.Temperature,
    };

    private async Task AuditAsync(EscalationPayload payload, string? error, TimeSpan latency, TokenUsage? usage)
    {
        var entry = new EscalationAuditEntry(
            time.GetUtcNow(), EscalationAuditSources.Escalator, options.Value.Provider.ToString(), options.Value.Model,
            payload, error is null, error, latency, usage);
        await EscalationAudit.TryRecordAsync(audit, entry, logger);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SlmAssistant.Abstractions.Routing;
using SlmAssistant.Routing.Cloud.Audit;

namespace SlmAssistant.Routing.Cloud.Filters;

/// <summary>
/// The kernel-level guarantee: any prompt a kernel function renders for the "cloud" chat completion service is redacted
/// before it leaves, even when the caller forgot (the <see cref="CloudEscalator"/> redacts on its own as well), and the
/// placeholders in the function's result are put back. Prompts for the local model are left untouched.
/// Streaming invocations are redacted but not restored: a placeholder may be split across chunks.
/// </summary>
public sealed class CloudRedactionFilter(
    IPiiRedactor redactor,
    IEscalationAuditTrail audit,
    IOptions<EscalationOptions> options,
    TimeProvider time,
    ILogger<CloudRedactionFilter> logger) : IPromptRenderFilter, IFunctionInvocationFilter
{
    private static readonly AsyncLocal<CloudRedactionScope?> Current = new();

    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var outer = Current.Value;
        var scope = new CloudRedactionScope();
        Current.Value = scope;
        var started = time.GetTimestamp();
        try
        {
            await next(context);
        }
        catch (Exception exception) when (scope.SentPrompt is not null)
        {
            await AuditAsync(scope, EscalationFailures.Classify(exception), time.GetElapsedTime(started));
            throw;
        }
        finally
        {
            Current.Value = outer;
        }

        if (scope.SentPrompt is null)
        {
            return;
        }

        if (!context.IsStreaming && context.Result.ValueType is { } type)
        {
            context.Result = Restore(context.Result, type, scope);
        }

        await AuditAsync(scope, error: null, time.GetElapsedTime(started));
    }

    public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next(context);
        if (context.RenderedPrompt is null || !TargetsCloud(context))
        {
            return;
        }

        var result = redactor.Redact(context.RenderedPrompt);
        context.RenderedPrompt = result.Text;
        if (Current.Value is { } scope)
        {
            scope.SentPrompt = result.Text;
            foreach (var (placeholder, value) in result.Placeholders)
            {
                scope.Placeholders[placeholder] = value;
            }

            scope.Types.UnionWith(result.Entities.Select(e => e.Type));
        }

        if (result.Entities.Count > 0)
        {
            logger.LogInformation(
                "Redacted {Count} personal data value(s) ({Types}) from a prompt for the cloud in {Function}",
                result.Entities.Count, string.Join(',', result.Entities.Select(e => e.Type).Distinct()), context.Function.Name);
        }
    }

    // The same choice the kernel is about to make: an explicit "cloud" service id, or the selector landing on the cloud service.
    private static bool TargetsCloud(PromptRenderContext context)
    {
        var cloud = context.Kernel.Services.GetKeyedService<IChatCompletionService>(CloudServiceKeys.Cloud);
        if (cloud is null)
        {
            return false;
        }

        if (context.ExecutionSettings?.ServiceId == CloudServiceKeys.Cloud)
        {
            return true;
        }

        return context.Kernel.ServiceSelector.TrySelectAIService<IChatCompletionService>(
                context.Kernel, context.Function, context.Arguments, out var selected, out _)
            && ReferenceEquals(selected, cloud);
    }

    private FunctionResult Restore(FunctionResult result, Type type, CloudRedactionScope scope)
    {
        if (type.IsAssignableTo(typeof(ChatMessageContent)) && result.GetValue<ChatMessageContent>() is { } message)
        {
            scope.Usage = CloudUsage.Of(message);
            var restored = new ChatMessageContent(
                message.Role, redactor.Restore(message.Content ?? string.Empty, scope.Placeholders), message.ModelId,
                message.InnerContent, message.Encoding, message.Metadata);
            return new FunctionResult(result, restored);
        }

        return type == typeof(string) && result.GetValue<string>() is { } text
            ? new FunctionResult(result, redactor.Restore(text, scope.Placeholders))
            : result;
    }

    private async Task AuditAsync(CloudRedactionScope scope, string? error, TimeSpan latency)
    {
        var payload = new EscalationPayload([new EscalationMessage("prompt", scope.SentPrompt!)], [.. scope.Types]);
        var entry = new EscalationAuditEntry(
            time.GetUtcNow(), EscalationAuditSources.Kernel, options.Value.Provider.ToString(), options.Value.Model,
            payload, error is null, error, latency, scope.Usage);
        await EscalationAudit.TryRecordAsync(audit, entry, logger);
    }
}

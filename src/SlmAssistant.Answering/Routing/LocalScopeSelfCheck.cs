using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using SlmAssistant.Abstractions.Domains;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Abstractions.Routing;
using SlmAssistant.Answering.Grounded;
using SlmAssistant.Answering.Plugins;

namespace SlmAssistant.Answering.Routing;

/// <summary>
/// The local model's answer to "do these passages of ours answer it?": the Answer.InScope prompt with the numbered
/// passages, in the passages' domain (its LoRA adapter when one is configured), constrained to "yes" or "no".
/// </summary>
public sealed class LocalScopeSelfCheck(Kernel kernel, IDomainCatalog domains, DomainAdapters adapters, bool isAvailable) : IScopeSelfCheck
{
    public bool IsAvailable => isAvailable;

    public async Task<bool> AnswersAsync(string question, IReadOnlyList<SearchHit> passages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(passages);
        var domain = passages[0].Chunk.Domain;
        var function = AnswerPlugin.InScope(kernel);
        var arguments = new KernelArguments(LocalExecutionSettings.For(function, adapters.For(domain)))
        {
            ["organization"] = domains.Resolve(domain).Organization,
            ["sources"] = NumberedSources.Format(passages),
            ["question"] = question.Trim(),
        };
        var response = await function.InvokeStreamingAsync<ChatResponseUpdate>(kernel, arguments, cancellationToken)
            .ToChatResponseAsync(cancellationToken);
        var reply = response.Text.Trim().Trim('"').Trim().ToLowerInvariant();
        return reply switch
        {
            "yes" => true,
            "no" => false,
            _ => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"the self-check replied \"{reply}\", not yes or no")),
        };
    }
}

using System.ComponentModel;
using Microsoft.SemanticKernel;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Abstractions.Routing;

namespace SlmAssistant.Routing.Routing;

/// <summary>
/// The routing decision as a native Semantic Kernel function (<c>Scope.route</c>), so the answer pipeline runs it
/// through the kernel and function-invocation filters see every decision.
/// </summary>
public sealed class ScopePlugin(IAnswerRouter router)
{
    public const string PluginName = "Scope";

    public const string RouteFunctionName = "route";

    [KernelFunction(RouteFunctionName)]
    [Description("Decides where a user turn goes: local (answer from the documents), cloud, safety, handoff or smalltalk.")]
    public Task<RouteDecision> RouteAsync(
        [Description("The user's turn.")] string text,
        [Description("Retrieval hits already found for the turn, if any.")] IReadOnlyList<SearchHit>? evidence = null,
        CancellationToken cancellationToken = default) =>
        router.RouteAsync(text, evidence ?? [], cancellationToken);
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Routing;
using SlmAssistant.Routing.Routing;
using SlmAssistant.Routing.Tests.Support;

namespace SlmAssistant.Routing.Tests.Routing;

public class ScopePluginTests(RepositoryRouter repository) : IClassFixture<RepositoryRouter>
{
    [Fact]
    public async Task KernelRunsTheRouteFunctionAndFiltersSeeTheDecision()
    {
        var filter = new RecordingFilter();
        var kernel = new Kernel(repository.Host.Services, [.. repository.Host.Services.GetServices<KernelPlugin>()]);
        kernel.FunctionInvocationFilters.Add(filter);

        var result = await kernel.InvokeAsync(ScopePlugin.PluginName, ScopePlugin.RouteFunctionName, new KernelArguments { ["text"] = "I want to speak with a representative" });

        var decision = result.GetValue<RouteDecision>();
        Assert.NotNull(decision);
        Assert.Equal(Routes.Handoff, decision.Route);
        Assert.Same(decision, filter.Decisions.Single());
    }

    [Fact]
    public void PluginIsRegisteredWithTheRouter()
    {
        var plugin = repository.Host.Services.GetServices<KernelPlugin>().Single(p => p.Name == ScopePlugin.PluginName);

        Assert.True(plugin.TryGetFunction(ScopePlugin.RouteFunctionName, out var function));
        Assert.Contains(function.Metadata.Parameters, p => p.Name == "text");
        Assert.IsType<ScopeRouter>(repository.Host.Services.GetRequiredService<IAnswerRouter>());
    }

    private sealed class RecordingFilter : IFunctionInvocationFilter
    {
        public List<RouteDecision> Decisions { get; } = [];

        public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
        {
            await next(context);
            if (context.Function.PluginName == ScopePlugin.PluginName && context.Result.GetValue<RouteDecision>() is { } decision)
            {
                Decisions.Add(decision);
            }
        }
    }
}

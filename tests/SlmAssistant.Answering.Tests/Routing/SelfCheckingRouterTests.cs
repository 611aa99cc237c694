using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Abstractions.Routing;
using SlmAssistant.Answering.Tests.Support;
using SlmAssistant.Answering.Tracing;
using SlmAssistant.Routing.Routing;
using SlmAssistant.TestKit;
using SlmAssistant.Tools.TinyModel;

namespace SlmAssistant.Answering.Tests.Routing;

/// <summary>
/// The local model's yes/no self-check, on generated models scripted to say "yes" or "no" through the real prompt
/// function, constrained decoding and ONNX Runtime GenAI; the scope rules run on the real exemplars and embeddings.
/// </summary>
[Collection(UsesAnswerModels.Name)]
public sealed class SelfCheckingRouterTests(AnswerModels models)
{
    [Fact]
    public async Task NoSendsATurnTheRulesKeptLocalToTheCloud()
    {
        await using var services = Create(models.SaysNo);
        var router = services.GetRequiredService<IAnswerRouter>();
        using var trace = AnswerTrace.Begin();

        var decision = await router.RouteAsync("How long do I have to return electronics?", SampleHits.ReturnPolicy);

        Assert.IsType<SelfCheckingRouter>(router);
        Assert.Equal(Route.Cloud, decision.Route);
        Assert.Equal(0, decision.Scores[SelfCheckingRouter.ScoreKey]);
        Assert.Contains("self-check: our passages do not answer it", decision.Reason, StringComparison.Ordinal);
        var step = Assert.Single(trace.Steps);
        Assert.Equal("Answer.InScope", step.Function);
        Assert.Contains("Question: How long do I have to return electronics?", step.RenderedPrompt, StringComparison.Ordinal);
        Assert.Contains("Pine Outfitters", step.RenderedPrompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YesKeepsATurnTheRulesWouldEscalateLocalInThePassagesDomain()
    {
        await using var services = Create(models.SaysYes);
        var router = services.GetRequiredService<IAnswerRouter>();
        var rules = services.GetRequiredService<ScopeRouter>();
        var weak = SampleHits.Weaken(SampleHits.ReturnPolicy, 0.55);

        var before = await rules.RouteAsync("what's the capital of France", weak);
        var decision = await router.RouteAsync("what's the capital of France", weak);

        Assert.Equal(Route.Cloud, before.Route);
        Assert.Equal(Route.Local, decision.Route);
        Assert.Equal("return-policy", decision.Domain);
        Assert.Equal(1, decision.Scores[SelfCheckingRouter.ScoreKey]);
    }

    [Theory]
    [InlineData("I think I'm having a heart attack", Route.Safety)]
    [InlineData("talk to a human", Route.Handoff)]
    [InlineData("What is Costco's return policy?", Route.Cloud)]
    public async Task HardRulesAreNeverSecondGuessed(string text, Route route)
    {
        await using var services = Create(models.SaysYes, vocabulary: new FixedVocabulary("return", "policy"));
        var router = services.GetRequiredService<IAnswerRouter>();
        using var trace = AnswerTrace.Begin();

        var decision = await router.RouteAsync(text, SampleHits.ReturnPolicy);

        Assert.Equal(route, decision.Route);
        Assert.False(decision.Scores.ContainsKey(SelfCheckingRouter.ScoreKey));
        Assert.Empty(trace.Steps);
    }

    [Fact]
    public async Task WithoutPassagesWorthReadingNoCheckRuns()
    {
        await using var services = Create(models.SaysNo);
        using var trace = AnswerTrace.Begin();

        var decision = await services.GetRequiredService<IAnswerRouter>().RouteAsync("how can I get my blood pressure prescription refilled?", SampleHits.Weaken(SampleHits.Medical, 0.3));

        Assert.False(decision.Scores.ContainsKey(SelfCheckingRouter.ScoreKey));
        Assert.Empty(trace.Steps);
    }

    [Fact]
    public async Task RandomWeightsGiveACheckedRouteOrKeepTheRulesDecision()
    {
        var logs = new RecordingLoggerProvider();
        await using var services = Create(models.Random(7), logs: logs, settings: new() { ["Routing:SelfCheck:Enabled"] = "true" });
        var router = services.GetRequiredService<IAnswerRouter>();
        var rules = services.GetRequiredService<ScopeRouter>();

        var expected = await rules.RouteAsync("How long do I have to return electronics?", SampleHits.ReturnPolicy);
        var decision = await router.RouteAsync("How long do I have to return electronics?", SampleHits.ReturnPolicy);

        // Random weights under the yes/no constraint: a checked route, or the rules' route with the failure logged.
        Assert.Equal(Route.Local, expected.Route);
        if (decision.Scores.ContainsKey(SelfCheckingRouter.ScoreKey))
        {
            Assert.Equal(decision.Scores[SelfCheckingRouter.ScoreKey] == 1 ? Route.Local : Route.Cloud, decision.Route);
        }
        else
        {
            Assert.Equal(expected.Route, decision.Route);
            Assert.Contains(logs.Warnings, warning => warning.Contains("Self-check failed", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task OffByDefaultTheRulesDecideAlone()
    {
        await using var services = Create(models.SaysNo, settings: []);
        using var trace = AnswerTrace.Begin();

        var decision = await services.GetRequiredService<IAnswerRouter>().RouteAsync("How long do I have to return electronics?", SampleHits.ReturnPolicy);

        Assert.Equal(Route.Local, decision.Route);
        Assert.False(decision.Scores.ContainsKey(SelfCheckingRouter.ScoreKey));
        Assert.Empty(trace.Steps);
    }

    [Fact]
    public async Task WithoutALocalModelNoCheckRunsEvenWhenEnabled()
    {
        var values = new Dictionary<string, string?>
        {
            ["Routing:SelfCheck:Enabled"] = "true",
            ["Routing:ExemplarsDirectory"] = Path.Combine(RepositoryPaths.Plugins, "Scope", "exemplars"),
            ["Routing:PlacesFile"] = Path.Combine(RepositoryPaths.Plugins, "Scope", "places.txt"),
        };
        await using var services = AnsweringServices.Create(model: null, new FixedKnowledgeSearch(SampleHits.ReturnPolicy), values, services =>
        {
            services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>, ArcticXsEmbeddings>();
            services.AddSlmScopeRouting();
        });

        var decision = await services.GetRequiredService<IAnswerRouter>().RouteAsync("How long do I have to return electronics?", SampleHits.ReturnPolicy);

        Assert.False(services.GetRequiredService<IScopeSelfCheck>().IsAvailable);
        Assert.Equal(Route.Local, decision.Route);
        Assert.False(decision.Scores.ContainsKey(SelfCheckingRouter.ScoreKey));
    }

    private static ServiceProvider Create(
        TinyModelFiles model,
        Dictionary<string, string?>? settings = null,
        RecordingLoggerProvider? logs = null,
        IKnowledgeVocabulary? vocabulary = null)
    {
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?> { ["Routing:SelfCheck:Enabled"] = "true" })
        {
            ["Routing:ExemplarsDirectory"] = Path.Combine(RepositoryPaths.Plugins, "Scope", "exemplars"),
            ["Routing:PlacesFile"] = Path.Combine(RepositoryPaths.Plugins, "Scope", "places.txt"),
        };
        return AnsweringServices.Create(
            model,
            new FixedKnowledgeSearch(SampleHits.ReturnPolicy),
            values,
            services =>
            {
                services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>, ArcticXsEmbeddings>();
                if (vocabulary is not null)
                {
                    services.AddSingleton(vocabulary);
                }

                services.AddSlmScopeRouting();
            },
            logs);
    }
}

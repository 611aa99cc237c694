using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Composition;
using SlmAssistant.Answering.Extractive;
using SlmAssistant.Answering.FollowUps;
using SlmAssistant.Answering.Grounded;
using SlmAssistant.Answering.Tests.Support;

namespace SlmAssistant.Answering.Tests.Plugins;

[Collection(UsesAnswerModels.Name)]
public sealed class ServiceRegistrationTests(AnswerModels models)
{
    [Fact]
    public async Task WithALocalModelTheModelComposesAndSuggests()
    {
        await using var services = AnsweringServices.Create(models.Cited, new FixedKnowledgeSearch([]));

        Assert.IsType<GroundedComposer>(services.GetRequiredService<IAnswerComposer>());
        Assert.IsType<GeneratedFollowUps>(services.GetRequiredService<IFollowUpSuggester>());
    }

    [Fact]
    public async Task WithoutALocalModelTheKernelIsNeverResolved()
    {
        // A missing plugin folder would fail the kernel: extractive mode must not need it.
        await using var services = AnsweringServices.Create(
            model: null,
            new FixedKnowledgeSearch([]),
            new Dictionary<string, string?> { ["Answering:PluginsDirectory"] = "/nonexistent" },
            services => services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>, ArcticXsEmbeddings>());

        Assert.IsType<ExtractiveComposer>(services.GetRequiredService<IAnswerComposer>());
        Assert.IsType<StarterFollowUps>(services.GetRequiredService<IFollowUpSuggester>());
        Assert.NotNull(services.GetRequiredService<IAnswerService>());
    }
}

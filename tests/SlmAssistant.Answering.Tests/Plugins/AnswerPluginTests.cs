using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using SlmAssistant.Answering.Plugins;
using SlmAssistant.Answering.Tests.Support;
using SlmAssistant.Inference.Onnx;
using SlmAssistant.Inference.Onnx.Chat;
using SlmAssistant.TestKit;

namespace SlmAssistant.Answering.Tests.Plugins;

[Collection(UsesAnswerModels.Name)]
public sealed class AnswerPluginTests(AnswerModels models)
{
    [Fact]
    public void TheLocalModelNamesMatchTheInferenceProjects()
    {
        Assert.Equal(InferenceServiceCollectionExtensions.LocalChatClientKey, LocalChatClient.ServiceKey);
        Assert.Equal(SlmChatOptionKeys.Adapter, LocalChatClient.AdapterOption);
    }

    [Fact]
    public async Task ThePluginIsLoadedOnceAndJoinsEveryKernel()
    {
        await using var services = AnsweringServices.Create(models.Cited, new FixedKnowledgeSearch([]));

        var first = services.GetRequiredService<Kernel>();
        var second = services.GetRequiredService<Kernel>();

        Assert.NotSame(first, second);
        Assert.Same(first.Plugins[AnswerPlugin.Name], second.Plugins[AnswerPlugin.Name]);
        Assert.Equal([AnswerPlugin.FollowUpsFunction, AnswerPlugin.GroundedFunction, AnswerPlugin.InScopeFunction], first.Plugins[AnswerPlugin.Name].Select(f => f.Name).Order());
    }

    [Fact]
    public async Task ExecutionSettingsKeepTheFunctionsDefaultsAndNameTheLocalClientAndAdapter()
    {
        await using var services = AnsweringServices.Create(models.Cited, new FixedKnowledgeSearch([]));
        var followUps = AnswerPlugin.FollowUps(services.GetRequiredService<Kernel>());

        var settings = LocalExecutionSettings.For(followUps, "medical");
        var options = settings.ToChatOptions(kernel: null)!;

        Assert.Equal(LocalChatClient.ServiceKey, settings.ServiceId);
        Assert.Equal("medical", options.AdditionalProperties?[LocalChatClient.AdapterOption]);
        Assert.Equal(140, options.MaxOutputTokens);
        Assert.Equal(0f, options.Temperature);
        var schema = Assert.IsType<Microsoft.Extensions.AI.ChatResponseFormatJson>(options.ResponseFormat).Schema!.Value;
        Assert.Equal(3, schema.GetProperty("properties").GetProperty("questions").GetProperty("maxItems").GetInt32());
        Assert.Equal(JsonValueKind.False, schema.GetProperty("additionalProperties").ValueKind);
        Assert.Null(LocalExecutionSettings.For(followUps, null).ToChatOptions(kernel: null)!.AdditionalProperties?.GetValueOrDefault(LocalChatClient.AdapterOption));
    }

    [Fact]
    public async Task AMissingPluginFolderNamesThePath()
    {
        using var empty = new TempDirectory();
        await using var services = AnsweringServices.Create(models.Cited, new FixedKnowledgeSearch([]), new Dictionary<string, string?> { ["Answering:PluginsDirectory"] = empty.Path });

        var error = Assert.Throws<DirectoryNotFoundException>(() => services.GetRequiredService<Kernel>());

        Assert.Contains(Path.Combine(empty.Path, "Answer"), error.Message, StringComparison.Ordinal);
    }
}

using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SlmAssistant.Inference.Onnx.Chat;
using SlmAssistant.Inference.Onnx.Hosting;
using SlmAssistant.TestKit.Models;

namespace SlmAssistant.Inference.Onnx.Tests.Hosting;

[Collection(TinyModels.Name)]
public sealed class ServiceRegistrationTests(TinyModelFixture models)
{
    [Fact]
    public async Task WithoutModelPathOnlyTheExtractiveStatusIsRegistered()
    {
        await using var services = Build(new Dictionary<string, string?> { ["Slm:ModelPath"] = "" });

        var status = services.GetRequiredService<ILocalModelStatus>();
        var health = await status.CheckAsync();

        Assert.Equal(LocalModelMode.Extractive, status.Mode);
        Assert.True(health.IsHealthy);
        Assert.Null(services.GetKeyedService<IChatClient>(InferenceServiceCollectionExtensions.LocalChatClientKey));
        Assert.Null(services.GetService<OnnxModelHost>());
    }

    [Fact]
    public async Task WithModelPathTheLocalChatClientIsKeyedAndLoadsLazily()
    {
        await using var services = Build(ScriptedSettings());

        var client = services.GetRequiredKeyedService<IChatClient>(InferenceServiceCollectionExtensions.LocalChatClientKey);
        var host = services.GetRequiredService<OnnxModelHost>();
        Assert.False(host.IsLoaded);

        var response = await client.GetResponseAsync(Streams.Ask("Hi"), new ChatOptions
        {
            AdditionalProperties = new() { [SlmChatOptionKeys.Adapter] = TinyModelFixture.AdapterName },
        }).WaitAsync(Streams.Timeout);

        Assert.Equal(TinyModelFixture.AdapterScript, response.Text);
        Assert.True(host.IsLoaded);
        Assert.Same(services.GetRequiredService<OnnxChatClient>(), client.GetService<OnnxChatClient>());
        Assert.Equal(LocalModelMode.Local, services.GetRequiredService<ILocalModelStatus>().Mode);
        Assert.Equal(2, services.GetRequiredService<IOptions<SlmOptions>>().Value.MaxConcurrentGenerations);
    }

    [Fact]
    public async Task ABadModelPathResolvesAndReportsUnhealthyInsteadOfThrowing()
    {
        var missing = Path.Combine(models.Root, "missing-model");
        await using var services = Build(new Dictionary<string, string?> { ["Slm:ModelPath"] = missing });

        var client = services.GetRequiredKeyedService<IChatClient>(InferenceServiceCollectionExtensions.LocalChatClientKey);
        var health = await services.GetRequiredService<ILocalModelStatus>().CheckAsync().WaitAsync(Streams.Timeout);

        Assert.NotNull(client);
        Assert.False(health.IsHealthy);
        Assert.Contains(missing, health.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidOptionsAreRejected()
    {
        await using var services = Build(new Dictionary<string, string?> { ["Slm:ModelPath"] = "x", ["Slm:MaxConcurrentGenerations"] = "0" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SlmOptions>>().Value);
    }

    [Fact]
    public async Task SemanticKernelStreamsThePromptThroughTheLocalClient()
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSlmLocalModel(Configuration(ScriptedSettings()));
        var kernel = builder.Build();
        var settings = new PromptExecutionSettings { ServiceId = InferenceServiceCollectionExtensions.LocalChatClientKey };

        var chunks = new List<string>();
        await foreach (var chunk in kernel.InvokePromptStreamingAsync<string>("What are your opening hours?", new KernelArguments(settings)))
        {
            chunks.Add(chunk);
        }

        Assert.Equal(TinyModelFixture.Script, string.Concat(chunks));
        Assert.True(chunks.Count > 5, "The reply should arrive in pieces, not at once.");
    }

    [Fact]
    public async Task SemanticKernelChatCompletionServiceAnswersWithTheScript()
    {
        await using var services = Build(ScriptedSettings());
        var chat = services.GetRequiredKeyedService<IChatClient>(InferenceServiceCollectionExtensions.LocalChatClientKey).AsChatCompletionService();
        var history = new ChatHistory("You answer from the documents.");
        history.AddUserMessage("Where is my order?");

        var reply = await chat.GetChatMessageContentAsync(history).WaitAsync(Streams.Timeout);

        Assert.Equal(TinyModelFixture.Script, reply.Content);
    }

    private Dictionary<string, string?> ScriptedSettings() => new()
    {
        ["Slm:ModelPath"] = models.Scripted.Directory,
        ["Slm:MaxConcurrentGenerations"] = "2",
        [$"Slm:Adapters:{TinyModelFixture.AdapterName}"] = Path.GetFileName(models.Scripted.AdapterPath),
    };

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddSlmLocalModel(Configuration(settings)).BuildServiceProvider(validateScopes: true);
}

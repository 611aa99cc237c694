using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.ML.OnnxRuntimeGenAI;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.TestKit.Models;
using SlmAssistant.Tools.TinyModel;

namespace SlmAssistant.Inference.Onnx.Tests.Hosting;

[Collection(TinyModels.Name)]
public sealed class PromptBudgetTests(TinyModelFixture models)
{
    [Fact]
    public async Task ThePromptBudgetIsTheContextLessTheReplyAndCountsWithTheModelsTokenizer()
    {
        var files = models.Write("budget-1024", new TinyModelOptions { MaxLength = 1024 });
        await using var services = Build(files.Directory, maxLength: 2048);
        var budget = services.GetRequiredService<ILocalPromptBudget>();

        // The model's context (1024) caps Slm:MaxLength (2048); the reply's share comes off it.
        Assert.Equal(1024 - 256, budget.PromptTokens(256));
        Assert.Equal(1024 - 1024 / 4, budget.PromptTokens(null));
        using var model = new Model(files.Directory);
        using var tokenizer = new Tokenizer(model);
        const string Text = "Electronics can be returned within 30 days of delivery.";
        using var tokens = tokenizer.Encode(Text);
        Assert.Equal(tokens[0].Length, budget.CountTokens(Text));
        Assert.Equal(0, budget.CountTokens(string.Empty));
    }

    [Fact]
    public async Task SlmMaxLengthBelowTheContextIsTheLimit()
    {
        await using var services = Build(models.Scripted.Directory, maxLength: 600);

        Assert.Equal(600 - 100, services.GetRequiredService<ILocalPromptBudget>().PromptTokens(100));
    }

    [Fact]
    public async Task WithoutALocalModelThereIsNoPromptBudget()
    {
        await using var services = Build(string.Empty, maxLength: 2048);

        Assert.Null(services.GetService<ILocalPromptBudget>());
    }

    private static ServiceProvider Build(string modelPath, int maxLength)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slm:ModelPath"] = modelPath,
            ["Slm:MaxLength"] = maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        return new ServiceCollection().AddSlmLocalModel(configuration).BuildServiceProvider(validateScopes: true);
    }
}

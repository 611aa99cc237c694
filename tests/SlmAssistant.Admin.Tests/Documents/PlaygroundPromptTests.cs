using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Admin.Features.Playground;
using SlmAssistant.Admin.Tests.Browser;
using SlmAssistant.Admin.Tests.Support;
using SlmAssistant.Inference.Onnx;
using SlmAssistant.TestKit;
using SlmAssistant.Tools.TinyModel;

namespace SlmAssistant.Admin.Tests.Documents;

/// <summary>With a local model (a tiny generated one), the playground shows the prompt the model was given.</summary>
public sealed class PlaygroundPromptTests : AdminAppTest
{
    private const string Reply = "The Glacier tent is covered by a warranty of seven years [1].";

    private TinyModelFiles _model = null!;

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Slm:ModelPath"] = _model.Directory,
        ["Slm:MaxLength"] = "4096",
    };

    public override Task InitializeAsync()
    {
        _model = TinyModelWriter.Write(Data.Combine("model"), new TinyModelOptions { Script = Reply, AdapterScript = null, MaxLength = 4096 });
        return base.InitializeAsync();
    }

    [Fact]
    public async Task ThePlaygroundShowsTheRenderedPromptAndTimingsOfEachModelCall()
    {
        using var api = App.CreateApiClient();
        await api.PostAsync("/admin/api/uploads", AdminForms.Upload("outdoor", ("glacier-warranty.pdf", SampleFiles.GlacierWarrantyPdf())));
        await AdminApi.AllFinishedAsync(api, 1);

        var response = await api.PostAsJsonAsync("/admin/api/playground", new PlaygroundRequest("How long is the warranty on the Glacier tent?"));
        var result = await response.Content.ReadFromJsonAsync<PlaygroundResult>(AdminApi.Json);

        Assert.Equal("trace", result!.PromptKind);
        var step = Assert.Single(result.Steps, s => s.Function == "Answer.Grounded");
        Assert.Equal(step.RenderedPrompt, result.Prompt);
        Assert.Contains("seven years", result.Prompt);
        Assert.Contains("How long is the warranty on the Glacier tent?", result.Prompt);
        Assert.True(step.DurationMs > 0);
        Assert.Equal(AnswerMode.Slm, result.Answer!.Mode);
        await ScreenshotPlaygroundAsync("How long is the warranty on the Glacier tent?");
    }

    private async Task ScreenshotPlaygroundAsync(string question)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = App.BaseAddress.ToString(), ViewportSize = new() { Width = 1360, Height = 860 } });
        await page.GotoAsync("/admin/playground");
        await page.FillAsync("input[name=UserName]", AdminTestApp.UserName);
        await page.FillAsync("input[name=Password]", AdminTestApp.Password);
        await page.ClickAsync("button[type=submit]");
        await page.FillAsync("input[name=Question]", question);
        await page.ClickAsync("form.ask button[type=submit]");
        await Assertions.Expect(page.Locator("pre.prompt").First).ToContainTextAsync("seven years");
        await BrowserSession.ScreenshotAsync(page, "14-playground-rendered-prompt");
    }

    protected override void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services) =>
        services.AddSlmLocalModel(new ConfigurationBuilder().AddInMemoryCollection(Settings).Build());
}

using SlmAssistant.Inference.Onnx.Hosting;
using SlmAssistant.TestKit.Models;

namespace SlmAssistant.Inference.Onnx.Tests.Hosting;

[Collection(TinyModels.Name)]
public sealed class ModelLoadingTests(TinyModelFixture models)
{
    [Fact]
    public async Task ModelLoadsOnceAndReportsHealthyWithItsLoadTime()
    {
        using var local = new LocalModel(models.Scripted);

        var health = await local.Host.ValidateAsync().WaitAsync(Streams.Timeout);
        local.Host.EnsureLoaded();

        Assert.True(health.IsHealthy, health.Description);
        Assert.True(local.Host.IsLoaded);
        Assert.NotNull(health.LoadDuration);
        Assert.Equal(health.LoadDuration, local.Host.LoadDuration);
        Assert.Contains(models.Scripted.Directory, health.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFolderGivesAClearErrorNamingThePath()
    {
        var missing = Path.Combine(models.Root, "no-such-model");

        await AssertModelErrorAsync(missing, "does not exist");
    }

    [Fact]
    public async Task FolderWithoutGenAiConfigGivesAClearErrorNamingThePath()
    {
        var folder = models.CreateDirectory("not-a-model");
        await File.WriteAllTextAsync(Path.Combine(folder, "model.onnx"), "not really");

        await AssertModelErrorAsync(folder, "genai_config.json");
    }

    [Fact]
    public async Task CorruptModelFileGivesAClearErrorNamingThePath()
    {
        var folder = CopyOfScripted("corrupt-onnx");
        await File.WriteAllBytesAsync(Path.Combine(folder, "model.onnx"), [0x08, 0xFF, 0xFF, 0x13, 0x37, 0x00, 0x42]);

        await AssertModelErrorAsync(folder, "could not be loaded");
    }

    [Fact]
    public async Task CorruptGenAiConfigGivesAClearErrorNamingThePath()
    {
        var folder = CopyOfScripted("corrupt-config");
        await File.WriteAllTextAsync(Path.Combine(folder, "genai_config.json"), "{ \"model\": { \"type\": ");

        await AssertModelErrorAsync(folder, "could not be loaded");
    }

    [Fact]
    public async Task MissingAdapterFileGivesAClearErrorNamingIt()
    {
        using var local = new LocalModel(models.Scripted.Directory, options => options.Adapters["billing"] = "billing.onnx_adapter");

        var error = Assert.Throws<SlmModelException>(local.Host.EnsureLoaded);

        Assert.Contains(Path.Combine(models.Scripted.Directory, "billing.onnx_adapter"), error.Message, StringComparison.Ordinal);
        Assert.False((await local.Host.ValidateAsync()).IsHealthy);
    }

    [Fact]
    public async Task CorruptAdapterFileGivesAClearErrorNamingIt()
    {
        var folder = CopyOfScripted("corrupt-adapter");
        await File.WriteAllTextAsync(Path.Combine(folder, "support.onnx_adapter"), "definitely not a flatbuffer");
        using var local = new LocalModel(folder, options => options.Adapters["support"] = "support.onnx_adapter");

        var error = Assert.Throws<SlmModelException>(local.Host.EnsureLoaded);

        Assert.Contains(Path.Combine(folder, "support.onnx_adapter"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoModelPathIsReportedAsNotConfigured()
    {
        using var local = new LocalModel(string.Empty);

        var error = await Assert.ThrowsAsync<SlmModelException>(() => local.Client.GetResponseAsync(Streams.Ask("Hi")));

        Assert.Contains("Slm:ModelPath", error.Message, StringComparison.Ordinal);
    }

    private string CopyOfScripted(string name)
    {
        var folder = models.CreateDirectory(name);
        foreach (var file in Directory.GetFiles(models.Scripted.Directory))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    /// <summary>The first question fails with the model error (not a crash), again on the next one, and health says Unhealthy.</summary>
    private static async Task AssertModelErrorAsync(string folder, string reason)
    {
        using var local = new LocalModel(folder);

        var first = await Assert.ThrowsAsync<SlmModelException>(() => local.Client.GetResponseAsync(Streams.Ask("Hi")));
        var second = Assert.Throws<SlmModelException>(local.Host.EnsureLoaded);
        var health = await local.Host.ValidateAsync().WaitAsync(Streams.Timeout);

        Assert.Contains(folder, first.Message, StringComparison.Ordinal);
        Assert.Contains(reason, first.Message, StringComparison.Ordinal);
        Assert.Equal(first.Message, second.Message);
        Assert.False(health.IsHealthy);
        Assert.Equal(first.Message, health.Description);
        Assert.Equal(1, local.Client.AvailableSlots);
    }
}

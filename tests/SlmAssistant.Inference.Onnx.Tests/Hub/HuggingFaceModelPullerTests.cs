using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Inference.Onnx.Hub;
using SlmAssistant.TestKit.Models;

namespace SlmAssistant.Inference.Onnx.Tests.Hub;

[Collection(TinyModels.Name)]
public sealed class HuggingFaceModelPullerTests(TinyModelFixture models)
{
    private const string ModelFolder = "cpu-int4";

    [Fact]
    public async Task PullDownloadsVerifiesAndTheModelAnswers()
    {
        var (served, target) = Folders();
        await using var hub = await FakeHubServer.StartAsync(served);
        var progress = new ListProgress();

        var result = await Puller(hub, token: "hf_secret").PullAsync(new ModelPullRequest(FakeHubServer.Repository, target), progress).WaitAsync(Streams.Timeout);

        var servedFiles = Directory.GetFiles(served, "*", SearchOption.AllDirectories);
        Assert.Equal(servedFiles.Length, result.Files.Count);
        Assert.All(servedFiles, file => Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(target, Path.GetRelativePath(served, file)))));
        Assert.All(result.Files, file => Assert.Equal(ModelPullFileState.Completed, file.State));
        Assert.Empty(Directory.GetFiles(target, "*.partial", SearchOption.AllDirectories));
        Assert.Equal(Path.Combine(target, ModelFolder), result.ModelFolder);
        Assert.True(hub.Requests.Count(request => request.Path.Contains("/tree/", StringComparison.Ordinal)) > 1, "The tree should come in pages.");
        Assert.All(hub.Requests, request => Assert.Equal("Bearer hf_secret", request.Authorization));
        Assert.All(result.Files, file =>
        {
            var last = progress.Reports.Last(report => report.Path == file.Path);
            Assert.Equal((file.Size, file.Size, ModelPullFileState.Completed), (last.BytesDone, last.TotalBytes, last.State));
        });

        using var local = new LocalModel(result.ModelFolder!);
        var reply = await local.Client.GetResponseAsync(Streams.Ask("Hi")).WaitAsync(Streams.Timeout);
        Assert.Equal(TinyModelFixture.Script, reply.Text);
    }

    [Fact]
    public async Task PullResumesAPartialFileWithARangeRequest()
    {
        var (served, target) = Folders();
        await using var hub = await FakeHubServer.StartAsync(served);
        var model = File.ReadAllBytes(Path.Combine(served, ModelFolder, "model.onnx"));
        var half = model.Length / 2;
        Directory.CreateDirectory(Path.Combine(target, ModelFolder));
        File.WriteAllBytes(Path.Combine(target, ModelFolder, "model.onnx.partial"), model[..half]);

        var result = await Puller(hub).PullAsync(new ModelPullRequest(FakeHubServer.Repository, target) { Include = [$"{ModelFolder}/model.onnx"] })
            .WaitAsync(Streams.Timeout);

        var pulled = Assert.Single(result.Files);
        Assert.Equal(half, pulled.ResumedFrom);
        Assert.Contains(hub.Requests, request => request.Path.EndsWith("/model.onnx", StringComparison.Ordinal) && request.Range == $"bytes={half}-");
        Assert.Equal(model, File.ReadAllBytes(Path.Combine(target, ModelFolder, "model.onnx")));
        Assert.False(File.Exists(Path.Combine(target, ModelFolder, "model.onnx.partial")));
    }

    [Fact]
    public async Task ACompletePartialFileIsVerifiedAndRenamedWithoutDownloading()
    {
        var (served, target) = Folders();
        await using var hub = await FakeHubServer.StartAsync(served);
        var model = File.ReadAllBytes(Path.Combine(served, ModelFolder, "model.onnx"));
        Directory.CreateDirectory(Path.Combine(target, ModelFolder));
        File.WriteAllBytes(Path.Combine(target, ModelFolder, "model.onnx.partial"), model);

        var result = await Puller(hub).PullAsync(new ModelPullRequest(FakeHubServer.Repository, target) { Include = [$"{ModelFolder}/model.onnx"] })
            .WaitAsync(Streams.Timeout);

        Assert.Equal(model.Length, Assert.Single(result.Files).ResumedFrom);
        Assert.Empty(hub.ResolvedPaths);
        Assert.Equal(model, File.ReadAllBytes(Path.Combine(target, ModelFolder, "model.onnx")));
    }

    [Fact]
    public async Task FilesAlreadyCompleteAreSkipped()
    {
        var (served, target) = Folders();
        await using var hub = await FakeHubServer.StartAsync(served);
        var request = new ModelPullRequest(FakeHubServer.Repository, target);
        await Puller(hub).PullAsync(request).WaitAsync(Streams.Timeout);
        var downloads = hub.ResolvedPaths.Count();

        var again = await Puller(hub).PullAsync(request).WaitAsync(Streams.Timeout);

        Assert.All(again.Files, file => Assert.Equal(ModelPullFileState.Skipped, file.State));
        Assert.Equal(downloads, hub.ResolvedPaths.Count());
    }

    [Fact]
    public async Task ChecksumMismatchIsRejectedAndLeavesNoFile()
    {
        var (served, target) = Folders();
        await using var hub = await FakeHubServer.StartAsync(served);
        hub.FalseSha256[$"{ModelFolder}/model.onnx"] = new string('a', 64);

        var error = await Assert.ThrowsAsync<ModelPullException>(() =>
            Puller(hub).PullAsync(new ModelPullRequest(FakeHubServer.Repository, target) { Include = [$"{ModelFolder}/*.onnx"] }));

        Assert.Contains($"{ModelFolder}/model.onnx", error.Message, StringComparison.Ordinal);
        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(target, ModelFolder, "model.onnx")));
        Assert.False(File.Exists(Path.Combine(target, ModelFolder, "model.onnx.partial")));
    }

    [Fact]
    public async Task ACorruptPartialFileIsCaughtByTheChecksumAndTheNextPullRecovers()
    {
        var (served, target) = Folders();
        await using var hub = await FakeHubServer.StartAsync(served);
        Directory.CreateDirectory(Path.Combine(target, ModelFolder));
        File.WriteAllBytes(Path.Combine(target, ModelFolder, "model.onnx.partial"), new byte[1000]);
        var request = new ModelPullRequest(FakeHubServer.Repository, target) { Include = [$"{ModelFolder}/model.onnx"] };

        await Assert.ThrowsAsync<ModelPullException>(() => Puller(hub).PullAsync(request));
        var retry = await Puller(hub).PullAsync(request).WaitAsync(Streams.Timeout);

        Assert.Equal(0, Assert.Single(retry.Files).ResumedFrom);
        Assert.Equal(File.ReadAllBytes(Path.Combine(served, ModelFolder, "model.onnx")), File.ReadAllBytes(Path.Combine(target, ModelFolder, "model.onnx")));
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("cpu-int4/../../escape.txt")]
    [InlineData("/etc/escape.txt")]
    [InlineData("cpu-int4\\..\\..\\escape.txt")]
    public async Task PathTraversalEntryIsRejectedBeforeAnythingIsWritten(string unsafePath)
    {
        var (served, target) = Folders();
        await using var hub = await FakeHubServer.StartAsync(served);
        hub.ExtraPaths.Add(unsafePath);

        var error = await Assert.ThrowsAsync<ModelPullException>(() => Puller(hub).PullAsync(new ModelPullRequest(FakeHubServer.Repository, target)));

        Assert.Contains(unsafePath, error.Message, StringComparison.Ordinal);
        Assert.Empty(hub.ResolvedPaths);
        Assert.False(Directory.Exists(target));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(target)!, "escape.txt")));
    }

    [Fact]
    public async Task IncludeGlobsSelectTheFiles()
    {
        var (served, target) = Folders();
        await using var hub = await FakeHubServer.StartAsync(served);

        var result = await Puller(hub).PullAsync(new ModelPullRequest(FakeHubServer.Repository, target) { Include = ["*.json"] }).WaitAsync(Streams.Timeout);

        Assert.Equal(
            [$"{ModelFolder}/genai_config.json", $"{ModelFolder}/tokenizer.json", $"{ModelFolder}/tokenizer_config.json"],
            result.Files.Select(file => file.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AnUnknownRepositoryGivesTheStatusAndTheUrl()
    {
        var (served, target) = Folders();
        await using var hub = await FakeHubServer.StartAsync(served);

        var error = await Assert.ThrowsAsync<ModelPullException>(() => Puller(hub).PullAsync(new ModelPullRequest("contoso/missing", target)));

        Assert.Contains("404", error.Message, StringComparison.Ordinal);
        Assert.Contains("contoso/missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePullerResolvesFromDependencyInjectionAsATypedClient()
    {
        var (served, target) = Folders();
        await using var hub = await FakeHubServer.StartAsync(served);
        var services = new ServiceCollection().AddSingleton(new HuggingFaceHubOptions { Endpoint = hub.Endpoint });
        services.AddHuggingFaceModelPuller();
        await using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<HuggingFaceModelPuller>()
            .PullAsync(new ModelPullRequest(FakeHubServer.Repository, target) { Include = ["README.md"] }).WaitAsync(Streams.Timeout);

        Assert.Equal("README.md", Assert.Single(result.Files).Path);
        Assert.Null(result.ModelFolder);
    }

    /// <summary>A repository folder (README + the scripted model in a subfolder) and an empty pull target.</summary>
    private (string Served, string Target) Folders()
    {
        var served = models.CreateDirectory("hub-repo");
        File.WriteAllText(Path.Combine(served, "README.md"), "# Tiny SLM\n");
        var folder = Directory.CreateDirectory(Path.Combine(served, ModelFolder)).FullName;
        foreach (var file in Directory.GetFiles(models.Scripted.Directory))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return (served, Path.Combine(models.CreateDirectory("pull"), "model"));
    }

    private static HuggingFaceModelPuller Puller(FakeHubServer hub, string? token = null) =>
        new(new HttpClient(), new HuggingFaceHubOptions { Endpoint = hub.Endpoint, Token = token });

    /// <summary>Records reports synchronously (Progress&lt;T&gt; would post them to the thread pool, out of order).</summary>
    private sealed class ListProgress : IProgress<ModelPullProgress>
    {
        public ConcurrentQueue<ModelPullProgress> Reports { get; } = new();

        public void Report(ModelPullProgress value) => Reports.Enqueue(value);
    }
}

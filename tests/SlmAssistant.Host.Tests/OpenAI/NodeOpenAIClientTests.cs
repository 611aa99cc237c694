using System.Diagnostics;
using System.Text.Json;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests.OpenAI;

/// <summary>
/// The official openai npm package (pinned by OpenAIClient/package-lock.json, installed with npm ci on first use when
/// missing) runs OpenAIClient/client.mjs in node against the host: models, chat (plain and streamed) and embeddings.
/// </summary>
[Collection(OpenAIHostGroup.Name)]
public sealed class NodeOpenAIClientTests(OpenAIHostFixture host)
{
    private static readonly string PackageDirectory = Path.Combine(RepositoryPaths.Root, "tests", "SlmAssistant.Host.Tests", "OpenAIClient");

    [Fact]
    public async Task TheOfficialOpenAINodeClientListsChatsStreamsAndEmbeds()
    {
        await EnsureInstalledAsync();
        var start = new ProcessStartInfo("node", "client.mjs")
        {
            WorkingDirectory = PackageDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["OPENAI_BASE_URL"] = host.V1.ToString().TrimEnd('/');
        start.Environment["OPENAI_API_KEY"] = OpenAIHostFixture.Key;
        start.Environment["CHAT_MODEL"] = OpenAIHostFixture.ChatModel;
        start.Environment["EMBEDDING_MODEL"] = OpenAIHostFixture.EmbeddingModel;

        using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        try
        {
            await node.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        }
        finally
        {
            if (!node.HasExited)
            {
                node.Kill(entireProcessTree: true);
            }
        }

        var output = await stdout;
        Assert.True(node.ExitCode == 0, $"client.mjs failed ({node.ExitCode}): {await stderr}\n{output}");
        using var json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var root = json.RootElement;
        Assert.Equal([OpenAIHostFixture.ChatModel, OpenAIHostFixture.EmbeddingModel], root.GetProperty("models").EnumerateArray().Select(m => m.GetString()));

        var completion = root.GetProperty("completion");
        Assert.Equal(OpenAIHostFixture.Script, completion.GetProperty("text").GetString());
        Assert.Equal("stop", completion.GetProperty("finish").GetString());
        Assert.True(completion.GetProperty("usage").GetProperty("completion_tokens").GetInt32() > 5);

        var stream = root.GetProperty("stream");
        Assert.Equal(OpenAIHostFixture.Script, stream.GetProperty("text").GetString());
        Assert.True(stream.GetProperty("chunks").GetInt32() > 3);
        Assert.Equal("stop", stream.GetProperty("finish").GetString());
        Assert.Equal(completion.GetProperty("usage").GetProperty("prompt_tokens").GetInt32(), stream.GetProperty("usage").GetProperty("prompt_tokens").GetInt32());

        // The client asks for base64 by default and decodes it; its vectors equal the float ones.
        var embeddings = root.GetProperty("embeddings");
        Assert.Equal(2, embeddings.GetProperty("count").GetInt32());
        Assert.Equal([384, 384], embeddings.GetProperty("dimensions").EnumerateArray().Select(d => d.GetInt32()));
        Assert.Equal(
            embeddings.GetProperty("float").EnumerateArray().Select(v => v.GetSingle()),
            embeddings.GetProperty("first").EnumerateArray().Select(v => v.GetSingle()));
        Assert.True(embeddings.GetProperty("usage").GetProperty("prompt_tokens").GetInt32() > 6);

        Assert.Equal(401, root.GetProperty("unauthorized").GetProperty("status").GetInt32());
        Assert.Equal("invalid_api_key", root.GetProperty("unauthorized").GetProperty("code").GetString());
    }

    private static async Task EnsureInstalledAsync()
    {
        if (File.Exists(Path.Combine(PackageDirectory, "node_modules", "openai", "package.json")))
        {
            return;
        }

        var npm = new ProcessStartInfo("npm", "ci --ignore-scripts --no-audit --no-fund --loglevel=error")
        {
            WorkingDirectory = PackageDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var install = Process.Start(npm) ?? throw new InvalidOperationException("npm could not be started");
        var error = install.StandardError.ReadToEndAsync();
        await install.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(4));
        Assert.True(install.ExitCode == 0, $"npm ci in {PackageDirectory} failed: {await error}");
    }
}

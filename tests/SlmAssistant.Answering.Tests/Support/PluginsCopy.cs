using System.Text.Json.Nodes;
using SlmAssistant.TestKit;

namespace SlmAssistant.Answering.Tests.Support;

/// <summary>A copy of the repository's plugins/ folder that a test may change.</summary>
internal static class PluginsCopy
{
    public static TempDirectory Create()
    {
        var copy = new TempDirectory("slm-plugins");
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Plugins, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy.Path, Path.GetRelativePath(RepositoryPaths.Plugins, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    /// <summary>A FollowUps function that cannot finish its JSON: its reply is cut after a few tokens.</summary>
    public static TempDirectory WithFollowUpsMaxTokens(int maxTokens)
    {
        var copy = Create();
        var config = copy.Combine("Answer", "FollowUps", "config.json");
        var json = JsonNode.Parse(File.ReadAllText(config))!;
        json["execution_settings"]!["default"]!["max_tokens"] = maxTokens;
        File.WriteAllText(config, json.ToJsonString());
        return copy;
    }
}

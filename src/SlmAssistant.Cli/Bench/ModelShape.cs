using System.Text.Json.Nodes;

namespace SlmAssistant.Cli.Bench;

/// <summary>A model folder's architecture as genai_config.json states it, and its size on disk.</summary>
public sealed record ModelShape(
    string? Type, int? Layers, int? HiddenSize, int? Heads, int? KeyValueHeads, int? VocabularySize, int? ContextLength, double SizeMb)
{
    public static ModelShape Read(string directory)
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "genai_config.json")))?["model"];
        var decoder = config?["decoder"];
        var bytes = Directory.EnumerateFiles(directory).Sum(f => new FileInfo(f).Length);
        return new ModelShape(
            config?["type"]?.GetValue<string>(),
            decoder?["num_hidden_layers"]?.GetValue<int>(),
            decoder?["hidden_size"]?.GetValue<int>(),
            decoder?["num_attention_heads"]?.GetValue<int>(),
            decoder?["num_key_value_heads"]?.GetValue<int>(),
            config?["vocab_size"]?.GetValue<int>(),
            config?["context_length"]?.GetValue<int>(),
            Math.Round(bytes / 1048576.0, 1));
    }
}

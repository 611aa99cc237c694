using System.Text.Json;
using System.Text.Json.Nodes;

namespace SlmAssistant.Tools.TinyModel;

/// <summary>Writes the <c>genai_config.json</c> that tells ONNX Runtime GenAI how to drive the graph.</summary>
internal static class GenAiConfigWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(string path, int vocabularySize, int bosId, int[] eosIds, int maxLength)
    {
        var config = new JsonObject
        {
            ["model"] = new JsonObject
            {
                // "llama" names its cache per layer (past_key_values.N.key); "gpt2" expects a combined past_N.
                ["type"] = "llama",
                ["bos_token_id"] = bosId,
                ["eos_token_id"] = new JsonArray([.. eosIds.Select(id => (JsonNode)id)]),
                ["pad_token_id"] = bosId,
                ["vocab_size"] = vocabularySize,
                ["context_length"] = maxLength,
                ["decoder"] = new JsonObject
                {
                    ["session_options"] = new JsonObject { ["log_id"] = "onnxruntime-genai", ["provider_options"] = new JsonArray() },
                    ["filename"] = "model.onnx",
                    ["hidden_size"] = TinyTransformerGraph.Hidden,
                    ["num_attention_heads"] = TinyTransformerGraph.Heads,
                    ["num_key_value_heads"] = TinyTransformerGraph.Heads,
                    ["num_hidden_layers"] = TinyTransformerGraph.Layers,
                    ["head_size"] = TinyTransformerGraph.HeadSize,
                    ["inputs"] = new JsonObject
                    {
                        ["input_ids"] = "input_ids",
                        ["attention_mask"] = "attention_mask",
                        ["position_ids"] = "position_ids",
                        ["past_key_names"] = "past_key_values.%d.key",
                        ["past_value_names"] = "past_key_values.%d.value",
                    },
                    ["outputs"] = new JsonObject
                    {
                        ["logits"] = "logits",
                        ["present_key_names"] = "present.%d.key",
                        ["present_value_names"] = "present.%d.value",
                    },
                },
            },
            ["search"] = new JsonObject
            {
                ["do_sample"] = false,
                ["max_length"] = maxLength,
                ["num_beams"] = 1,
                ["past_present_share_buffer"] = false,
                ["top_k"] = 1,
            },
        };
        File.WriteAllText(path, config.ToJsonString(Indented));
    }
}

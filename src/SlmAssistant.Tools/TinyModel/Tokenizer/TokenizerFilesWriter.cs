using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SlmAssistant.Tools.TinyModel.Tokenizer;

/// <summary>Writes a Hugging Face <c>tokenizer.json</c> (byte-level BPE) and <c>tokenizer_config.json</c>.</summary>
internal static class TokenizerFilesWriter
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void WriteTokenizer(string path, ByteLevelVocabulary vocabulary)
    {
        var vocab = new JsonObject();
        for (var id = 0; id < vocabulary.Count; id++)
        {
            vocab[vocabulary.Tokens[id]] = id;
        }

        var byteLevel = new JsonObject
        {
            ["type"] = "ByteLevel",
            ["add_prefix_space"] = false,
            ["trim_offsets"] = true,
            ["use_regex"] = true,
        };
        var tokenizer = new JsonObject
        {
            ["version"] = "1.0",
            ["truncation"] = null,
            ["padding"] = null,
            ["added_tokens"] = new JsonArray([.. vocabulary.SpecialTokens.Select(token => AddedToken(token, vocabulary[token]))]),
            ["normalizer"] = null,
            ["pre_tokenizer"] = byteLevel.DeepClone(),
            ["post_processor"] = null,
            ["decoder"] = byteLevel.DeepClone(),
            ["model"] = new JsonObject
            {
                ["type"] = "BPE",
                ["dropout"] = null,
                ["unk_token"] = null,
                ["continuing_subword_prefix"] = null,
                ["end_of_word_suffix"] = null,
                ["fuse_unk"] = false,
                ["byte_fallback"] = false,
                ["vocab"] = vocab,
                ["merges"] = new JsonArray([.. vocabulary.Merges.Select(merge => (JsonNode)merge)]),
            },
        };
        File.WriteAllText(path, tokenizer.ToJsonString(Indented));
    }

    public static void WriteTokenizerConfig(string path, ByteLevelVocabulary vocabulary, int maxLength)
    {
        var decoder = new JsonObject();
        foreach (var token in vocabulary.SpecialTokens)
        {
            var added = AddedToken(token, vocabulary[token]);
            added.Remove("id");
            decoder[vocabulary[token].ToString(System.Globalization.CultureInfo.InvariantCulture)] = added;
        }

        var config = new JsonObject
        {
            ["tokenizer_class"] = "GPT2Tokenizer",
            ["add_bos_token"] = false,
            ["add_eos_token"] = false,
            ["bos_token"] = ChatTokens.Bos,
            ["eos_token"] = ChatTokens.End,
            ["pad_token"] = ChatTokens.Bos,
            ["unk_token"] = ChatTokens.Eos,
            ["clean_up_tokenization_spaces"] = false,
            ["model_max_length"] = maxLength,
            ["added_tokens_decoder"] = decoder,
            ["chat_template"] = ChatTokens.ChatTemplate,
        };
        File.WriteAllText(path, config.ToJsonString(Indented));
    }

    private static JsonObject AddedToken(string token, int id) => new()
    {
        ["id"] = id,
        ["content"] = token,
        ["single_word"] = false,
        ["lstrip"] = false,
        ["rstrip"] = false,
        ["normalized"] = false,
        ["special"] = true,
    };
}

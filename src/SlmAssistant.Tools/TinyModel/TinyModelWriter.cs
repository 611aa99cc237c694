using SlmAssistant.Tools.TinyModel.Adapters;
using SlmAssistant.Tools.TinyModel.Script;
using SlmAssistant.Tools.TinyModel.Tokenizer;

namespace SlmAssistant.Tools.TinyModel;

/// <summary>
/// Generates, with no downloads, a small llama-type model folder that ONNX Runtime GenAI loads: genai_config.json,
/// model.onnx, tokenizer.json, tokenizer_config.json and optionally a LoRA adapter. Used by tests and by
/// <c>slm model create-tiny</c> to try the whole product without a real model.
/// </summary>
/// <remarks>
/// Scripting: the reply is split into pieces that become one token each, unique within the reply. A next-token
/// bias keyed on the previous token forms a chain: the end of the generation prompt (the newline after
/// <c>&lt;|assistant|&gt;</c>, or the tag itself) → piece 1 → … → piece n → <c>&lt;|end|&gt;</c> (EOS). Since only the
/// last token matters, the chain holds whatever the prompt says. The adapter carries the difference between its
/// chain and the base chain, so with it active the effective bias is exactly the adapter's chain.
/// </remarks>
public static class TinyModelWriter
{
    public const string AdapterExtension = ".onnx_adapter";

    public static TinyModelFiles Write(string directory, TinyModelOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options ??= new TinyModelOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxLength, 16, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.ScriptBias, nameof(options));
        if (options.AdapterScript is not null && options.AdapterName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException($"Adapter name '{options.AdapterName}' is not a valid file name.", nameof(options));
        }

        Directory.CreateDirectory(directory);
        var vocabulary = new ByteLevelVocabulary();
        var newline = ByteLevelVocabulary.ToByteLevel("\n");
        var basePieces = Segment(options.Script);
        var adapterPieces = Segment(options.AdapterScript);
        foreach (var piece in (basePieces ?? []).Concat(adapterPieces ?? []).Where(piece => !ChatTokens.All.Contains(piece)))
        {
            vocabulary.AddWord(piece);
        }

        foreach (var special in ChatTokens.All)
        {
            vocabulary.AddSpecial(special);
        }

        var baseTokens = basePieces?.Select(vocabulary.IdOf).ToList();
        var adapterTokens = adapterPieces?.Select(vocabulary.IdOf).ToList();

        int[] triggers = [vocabulary[newline], vocabulary[ChatTokens.Assistant]];
        var end = vocabulary[ChatTokens.End];
        var baseBias = baseTokens is null ? new BiasTable() : BiasTable.Chain(triggers, baseTokens, end, options.ScriptBias);

        var files = new TinyModelFiles(
            directory,
            Path.Combine(directory, "genai_config.json"),
            Path.Combine(directory, "model.onnx"),
            Path.Combine(directory, "tokenizer.json"),
            Path.Combine(directory, "tokenizer_config.json"),
            adapterTokens is null ? null : Path.Combine(directory, options.AdapterName + AdapterExtension),
            vocabulary.Count);

        File.WriteAllBytes(files.ModelPath, TinyTransformerGraph.Build(vocabulary.Count, options.MaxLength, options.Seed, baseBias));
        GenAiConfigWriter.Write(files.GenAiConfigPath, vocabulary.Count, vocabulary[ChatTokens.Bos], [end, vocabulary[ChatTokens.Eos]], options.MaxLength);
        TokenizerFilesWriter.WriteTokenizer(files.TokenizerPath, vocabulary);
        TokenizerFilesWriter.WriteTokenizerConfig(files.TokenizerConfigPath, vocabulary, options.MaxLength);

        if (adapterTokens is not null && files.AdapterPath is not null)
        {
            var adapterBias = BiasTable.Chain(triggers, adapterTokens, end, options.ScriptBias);
            var (a, b, rank) = BiasTable.Difference(adapterBias, baseBias).Factor(vocabulary.Count);
            AdapterFileWriter.Write(files.AdapterPath, [
                new AdapterParameter("lora.A", [vocabulary.Count, rank], a),
                new AdapterParameter("lora.B", [rank, vocabulary.Count], b),
            ]);
        }

        return files;
    }

    /// <summary>The script's pieces; none may be a lone newline, which is what starts the reply.</summary>
    private static IReadOnlyList<string>? Segment(string? script) =>
        string.IsNullOrEmpty(script) ? null : ScriptSegmenter.Segment(script, ["\n"], ChatTokens.All);
}

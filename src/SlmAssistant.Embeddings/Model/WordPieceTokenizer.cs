using Microsoft.ML.Tokenizers;
using SlmAssistant.Abstractions.Documents;

namespace SlmAssistant.Embeddings.Model;

/// <summary>
/// The embedding model's own tokenizer (uncased BERT WordPiece), used both to feed the model and to measure
/// chunk budgets, so a chunk that "fits" really fits. Thread-safe.
/// </summary>
public sealed class WordPieceTokenizer : ITokenCounter
{
    private readonly BertTokenizer _tokenizer;

    private WordPieceTokenizer(BertTokenizer tokenizer) => _tokenizer = tokenizer;

    public static WordPieceTokenizer CreateArcticXs()
    {
        using var vocabulary = ArcticXsModel.OpenVocabulary();
        // An uncased BERT tokenizer also strips accents (Hugging Face: strip_accents follows do_lower_case),
        // which is how arctic-embed-xs was trained: "café" must become "cafe", not [UNK]-prone pieces.
        var options = new BertOptions
        {
            LowerCaseBeforeTokenization = true,
            RemoveNonSpacingMarks = true,
            PreTokenizer = BertPreTokenizer.Instance,
        };
        return new WordPieceTokenizer(BertTokenizer.Create(vocabulary, options));
    }

    public int ClsTokenId => _tokenizer.ClassificationTokenId;

    public int SepTokenId => _tokenizer.SeparatorTokenId;

    public int PadTokenId => _tokenizer.PaddingTokenId;

    public int UnknownTokenId => _tokenizer.UnknownTokenId;

    /// <summary>Word-piece ids without special tokens.</summary>
    public IReadOnlyList<int> EncodeToIds(string text) =>
        _tokenizer.EncodeToIds(text, addSpecialTokens: false, considerPreTokenization: true, considerNormalization: true);

    /// <summary>Tokens the model sees for <paramref name="text"/>, including [CLS] and [SEP].</summary>
    public int CountTokens(string text) => EncodeToIds(text).Count + 2;
}

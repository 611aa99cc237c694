using SlmAssistant.Embeddings.Model;

namespace SlmAssistant.Ingestion.Tests.Support;

/// <summary>The embedding model's real WordPiece tokenizer, loaded once for all tests (it is thread-safe).</summary>
public static class Tokenizer
{
    private static readonly Lazy<WordPieceTokenizer> Shared = new(WordPieceTokenizer.CreateArcticXs);

    public static WordPieceTokenizer ArcticXs => Shared.Value;
}

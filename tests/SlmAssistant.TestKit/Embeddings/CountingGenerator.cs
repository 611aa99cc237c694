using Microsoft.Extensions.AI;

namespace SlmAssistant.TestKit.Embeddings;

/// <summary>Passes calls to the real generator and records what was embedded, in order.</summary>
public sealed class CountingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner) : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    private readonly List<string> _texts = [];

    public int Calls { get; private set; }

    public IReadOnlyList<string> Texts => _texts;

    public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = values.ToList();
        Calls++;
        _texts.AddRange(list);
        return base.GenerateAsync(list, options, cancellationToken);
    }
}

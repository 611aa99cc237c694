using SlmAssistant.Tools.TinyModel.Onnx;
using SlmAssistant.Tools.TinyModel.Script;

namespace SlmAssistant.Tools.TinyModel;

/// <summary>
/// One pre-norm transformer block with real causal self-attention over a KV cache (past keys/values concatenated
/// with the new ones), in opset-17 operators. On top of the logits sit two next-token bias paths of the same shape,
/// <c>Gather(A, input_ids) · B</c>: the fixed script (initializers) and the LoRA path (<c>lora.A</c>/<c>lora.B</c>,
/// graph inputs that default to zeros and that an adapter overrides).
/// </summary>
internal static class TinyTransformerGraph
{
    public const int Hidden = 32;
    public const int Heads = 4;
    public const int HeadSize = 8;
    public const int Layers = 1;
    private const int MlpSize = 64;

    public static byte[] Build(int vocabularySize, int contextLength, int seed, BiasTable script)
    {
        var random = new Random(seed);
        var g = new OnnxGraphBuilder();
        const string Batch = "batch_size", Sequence = "sequence_length", Past = "past_sequence_length", Total = "total_sequence_length";

        g.Input("input_ids", OnnxElementType.Int64, Batch, Sequence);
        g.Input("attention_mask", OnnxElementType.Int64, Batch, Total);
        g.Input("position_ids", OnnxElementType.Int64, Batch, Sequence);
        g.Input("past_key_values.0.key", OnnxElementType.Float, Batch, Heads, Past, HeadSize);
        g.Input("past_key_values.0.value", OnnxElementType.Float, Batch, Heads, Past, HeadSize);

        // Listed both as inputs and as initializers: an overridable input whose default (zeros) leaves the model as is.
        g.Input("lora.A", OnnxElementType.Float, vocabularySize, "lora_rank");
        g.Input("lora.B", OnnxElementType.Float, "lora_rank", vocabularySize);
        g.Initializer("lora.A", new float[vocabularySize], vocabularySize, 1);
        g.Initializer("lora.B", new float[vocabularySize], 1, vocabularySize);

        var embedded = g.Node("Add", [
            g.Node("Gather", [g.Initializer("embed.weight", Normal(random, vocabularySize * Hidden, 0.5f), vocabularySize, Hidden), "input_ids"]),
            g.Node("Gather", [g.Initializer("position.weight", Normal(random, contextLength * Hidden, 0.5f), contextLength, Hidden), "position_ids"]),
        ]);

        var attention = Attention(g, random, LayerNorm(g, "ln1", embedded));
        var residual = g.Node("Add", [embedded, attention]);
        var normed = LayerNorm(g, "ln2", residual);
        var mlp = g.Node("MatMul", [
            g.Node("Relu", [g.Node("MatMul", [normed, Weight(g, random, "mlp.up", Hidden, MlpSize)])]),
            Weight(g, random, "mlp.down", MlpSize, Hidden),
        ]);
        var hidden = LayerNorm(g, "ln_f", g.Node("Add", [residual, mlp]));
        var logits = g.Node("MatMul", [hidden, Weight(g, random, "lm_head", Hidden, vocabularySize)]);

        if (!script.IsEmpty)
        {
            var (a, b, rank) = script.Factor(vocabularySize);
            logits = g.Node("Add", [logits, BiasPath(g, g.Initializer("script.A", a, vocabularySize, rank), g.Initializer("script.B", b, rank, vocabularySize))]);
        }

        g.Node("Add", [logits, BiasPath(g, "lora.A", "lora.B")], "logits");

        g.Output("logits", OnnxElementType.Float, Batch, Sequence, vocabularySize);
        g.Output("present.0.key", OnnxElementType.Float, Batch, Heads, Total, HeadSize);
        g.Output("present.0.value", OnnxElementType.Float, Batch, Heads, Total, HeadSize);
        return g.ToModel("tiny_llama", opset: 17, producer: "SlmAssistant.TinyModelWriter");
    }

    private static string Attention(OnnxGraphBuilder g, Random random, string x)
    {
        var splitHeads = g.Initializer("shape.split_heads", [0, 0, Heads, HeadSize], 4);
        var mergeHeads = g.Initializer("shape.merge_heads", [0, 0, Hidden], 3);
        string Project(string name) => g.Node("Transpose",
            [g.Node("Reshape", [g.Node("MatMul", [x, Weight(g, random, name, Hidden, Hidden)]), splitHeads])],
            null, OnnxAttribute.Ints("perm", 0, 2, 1, 3));

        var query = Project("attn.q");
        var keys = g.Node("Concat", ["past_key_values.0.key", Project("attn.k")], "present.0.key", OnnxAttribute.Int("axis", 2));
        var values = g.Node("Concat", ["past_key_values.0.value", Project("attn.v")], "present.0.value", OnnxAttribute.Int("axis", 2));

        var scores = g.Node("Mul", [
            g.Node("MatMul", [query, g.Node("Transpose", [keys], null, OnnxAttribute.Ints("perm", 0, 1, 3, 2))]),
            g.Scalar("attn.scale", 1f / MathF.Sqrt(HeadSize)),
        ]);
        var weights = g.Node("Softmax", [g.Node("Where", [AllowedPositions(g, query, keys), scores, g.Scalar("attn.masked", -1e9f)])],
            null, OnnxAttribute.Int("axis", -1));
        var context = g.Node("Transpose", [g.Node("MatMul", [weights, values])], null, OnnxAttribute.Ints("perm", 0, 2, 1, 3));
        return g.Node("MatMul", [g.Node("Reshape", [context, mergeHeads]), Weight(g, random, "attn.o", Hidden, Hidden)]);
    }

    /// <summary>[batch, 1, seq, total] bool: key j is visible to query i when j ≤ past + i and j is not padding.</summary>
    private static string AllowedPositions(OnnxGraphBuilder g, string query, string keys)
    {
        var two = g.Scalar("const.two", 2L);
        var zero = g.Scalar("const.zero", 0L);
        var one = g.Scalar("const.one", 1L);
        var total = g.Node("Gather", [g.Node("Shape", [keys]), two]);
        var sequence = g.Node("Gather", [g.Node("Shape", [query]), two]);
        var queryPositions = g.Node("Range", [g.Node("Sub", [total, sequence]), total, one]);
        var keyPositions = g.Node("Range", [zero, total, one]);
        var causal = g.Node("LessOrEqual", [
            g.Node("Unsqueeze", [keyPositions, g.Initializer("axes.first", [0L], 1)]),
            g.Node("Unsqueeze", [queryPositions, g.Initializer("axes.last", [1L], 1)]),
        ]);
        var notPadding = g.Node("Unsqueeze", [
            g.Node("Cast", ["attention_mask"], null, OnnxAttribute.Int("to", (long)OnnxElementType.Bool)),
            g.Initializer("axes.heads_and_queries", [1L, 2L], 2),
        ]);
        return g.Node("And", [causal, notPadding]);
    }

    private static string BiasPath(OnnxGraphBuilder g, string a, string b) =>
        g.Node("MatMul", [g.Node("Gather", [a, "input_ids"]), b]);

    private static string LayerNorm(OnnxGraphBuilder g, string name, string x) => g.Node("LayerNormalization", [
        x,
        g.Initializer($"{name}.scale", Enumerable.Repeat(1f, Hidden).ToArray(), Hidden),
        g.Initializer($"{name}.bias", new float[Hidden], Hidden),
    ], null, OnnxAttribute.Int("axis", -1), OnnxAttribute.Float("epsilon", 1e-5f));

    private static string Weight(OnnxGraphBuilder g, Random random, string name, int rows, int columns) =>
        g.Initializer(name, Normal(random, rows * columns, 1f / MathF.Sqrt(rows)), rows, columns);

    private static float[] Normal(Random random, int count, float scale)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            // Box-Muller; 1 - NextDouble() keeps the logarithm away from zero.
            var u = 1 - random.NextDouble();
            values[i] = (float)(Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * random.NextDouble())) * scale;
        }

        return values;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace SlmAssistant.Embeddings.Model.Graph;

/// <summary>
/// Rewrites a Hugging Face BERT export so that its last layer computes the [CLS] position only. CLS pooling reads
/// nothing else, and in the last layer every other position's query, attention output, feed-forward and layer norms
/// are wasted work (about a seventh of the model). Keys and values still see every token, so the [CLS] row is the
/// same as before. Only the last layer's query input and its residual input change: both take
/// <c>Slice(x, [0], [1], axes=[1])</c> instead of <c>x</c>; shapes downstream follow from the query's shape.
/// A graph that does not look like that export is left as it is.
/// </summary>
internal static partial class ClsOnlyLastLayer
{
    private const int ModelGraph = 7;
    private const int GraphNode = 1;
    private const int GraphInitializer = 5;
    private const int NodeInput = 1;
    private const int NodeName = 3;
    private const string SliceOutput = "slm/cls_only/input";

    public static bool TryRewrite(byte[] model, out byte[] rewritten)
    {
        rewritten = model;
        var modelFields = ProtoReader.Fields(model);
        var graphFields = modelFields.Where(f => f.Number == ModelGraph).ToArray();
        if (graphFields.Length != 1)
        {
            return false;
        }

        var graph = RewriteGraph(graphFields[0].Payload);
        if (graph is null)
        {
            return false;
        }

        var writer = new ProtoWriter(model.Length + 1024);
        foreach (var field in modelFields)
        {
            _ = field.Number == ModelGraph ? writer.Bytes(ModelGraph, graph.Value.Span) : writer.Copy(field);
        }

        rewritten = writer.Written.ToArray();
        return true;
    }

    private static ReadOnlyMemory<byte>? RewriteGraph(ReadOnlyMemory<byte> graph)
    {
        var fields = ProtoReader.Fields(graph);
        var nodes = fields.Where(f => f.Number == GraphNode).Select(f => (Field: f, Name: NameOf(f))).ToArray();
        var last = nodes.Select(n => QueryMatMul().Match(n.Name)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(-1).Max();
        if (last < 0)
        {
            return null;
        }

        var query = nodes.Single(n => n.Name == $"/encoder/layer.{last}/attention/self/query/MatMul");
        var residual = nodes.SingleOrDefault(n => n.Name == $"/encoder/layer.{last}/attention/output/Add");
        var input = InputsOf(query.Field).FirstOrDefault();
        if (input is null || residual.Name is null || !InputsOf(residual.Field).Contains(input))
        {
            return null;
        }

        var writer = new ProtoWriter(graph.Length + 1024);
        foreach (var field in fields)
        {
            if (field.Number == GraphNode && field.Equals(query.Field))
            {
                writer.Bytes(GraphNode, SliceNode(input).Span);
            }

            if (field.Number == GraphNode && (field.Equals(query.Field) || field.Equals(residual.Field)))
            {
                writer.Bytes(GraphNode, ReplaceInput(field, input, SliceOutput).Span);
            }
            else
            {
                writer.Copy(field);
            }
        }

        writer.Bytes(GraphInitializer, Int64Tensor($"{SliceOutput}/starts", 0).Span);
        writer.Bytes(GraphInitializer, Int64Tensor($"{SliceOutput}/ends", 1).Span);
        writer.Bytes(GraphInitializer, Int64Tensor($"{SliceOutput}/axes", 1).Span);
        return writer.Written;
    }

    private static ReadOnlyMemory<byte> SliceNode(string input) => new ProtoWriter()
        .String(NodeInput, input)
        .String(NodeInput, $"{SliceOutput}/starts")
        .String(NodeInput, $"{SliceOutput}/ends")
        .String(NodeInput, $"{SliceOutput}/axes")
        .String(2, SliceOutput)
        .String(NodeName, SliceOutput)
        .String(4, "Slice")
        .Written;

    /// <summary>A one-element int64 tensor: dims (1), data_type (2) = INT64 (7), int64_data (7), name (8).</summary>
    private static ReadOnlyMemory<byte> Int64Tensor(string name, long value) => new ProtoWriter()
        .Int64(1, 1)
        .Int64(2, 7)
        .Int64(7, value)
        .String(8, name)
        .Written;

    private static ReadOnlyMemory<byte> ReplaceInput(ProtoField node, string from, string to)
    {
        var writer = new ProtoWriter();
        foreach (var field in ProtoReader.Fields(node.Payload))
        {
            _ = field.Number == NodeInput && field.Text == from ? writer.String(NodeInput, to) : writer.Copy(field);
        }

        return writer.Written;
    }

    private static string NameOf(ProtoField node) =>
        ProtoReader.Fields(node.Payload).FirstOrDefault(f => f.Number == NodeName).Text ?? string.Empty;

    private static IEnumerable<string> InputsOf(ProtoField node) =>
        ProtoReader.Fields(node.Payload).Where(f => f.Number == NodeInput).Select(f => f.Text);

    [GeneratedRegex(@"^/encoder/layer\.(\d+)/attention/self/query/MatMul$", RegexOptions.CultureInvariant)]
    private static partial Regex QueryMatMul();
}

using System.Runtime.InteropServices;

namespace SlmAssistant.Tools.TinyModel.Onnx;

/// <summary>
/// Collects nodes, initializers and graph inputs/outputs, then serializes an ONNX <c>ModelProto</c>.
/// Field numbers follow onnx.proto (proto2, so repeated scalars are written unpacked).
/// </summary>
internal sealed class OnnxGraphBuilder
{
    private readonly List<ProtoWriter> _nodes = [];
    private readonly List<ProtoWriter> _initializers = [];
    private readonly List<ProtoWriter> _inputs = [];
    private readonly List<ProtoWriter> _outputs = [];
    private int _nextId;

    /// <summary>Adds a node with one output; returns the output name (generated unless given).</summary>
    public string Node(string opType, string[] inputs, string? output = null, params OnnxAttribute[] attributes)
    {
        output ??= $"{opType.ToLowerInvariant()}_{_nextId}";
        var node = new ProtoWriter();
        foreach (var input in inputs)
        {
            node.String(1, input);
        }

        node.String(2, output).String(3, $"n{_nextId++}_{opType}").String(4, opType);
        foreach (var attribute in attributes)
        {
            node.Message(5, attribute.WriteTo);
        }

        _nodes.Add(node);
        return output;
    }

    public string Initializer(string name, float[] values, params long[] dims) =>
        Initializer(name, OnnxElementType.Float, MemoryMarshal.AsBytes(values.AsSpan()), dims);

    public string Initializer(string name, long[] values, params long[] dims) =>
        Initializer(name, OnnxElementType.Int64, MemoryMarshal.AsBytes(values.AsSpan()), dims);

    /// <summary>A scalar (rank 0) int64 constant.</summary>
    public string Scalar(string name, long value) => Initializer(name, [value]);

    /// <summary>A scalar (rank 0) float constant.</summary>
    public string Scalar(string name, float value) => Initializer(name, [value]);

    /// <summary>Declares a graph input; a dimension is a <see cref="long"/> size or a <see cref="string"/> symbol.</summary>
    public void Input(string name, OnnxElementType type, params object[] dims) => _inputs.Add(ValueInfo(name, type, dims));

    public void Output(string name, OnnxElementType type, params object[] dims) => _outputs.Add(ValueInfo(name, type, dims));

    public byte[] ToModel(string graphName, long opset, string producer)
    {
        var graph = new ProtoWriter();
        _nodes.ForEach(node => graph.Message(1, node));
        graph.String(2, graphName);
        _initializers.ForEach(initializer => graph.Message(5, initializer));
        _inputs.ForEach(input => graph.Message(11, input));
        _outputs.ForEach(output => graph.Message(12, output));

        // IR version 8 is the one that goes with opset 17.
        return new ProtoWriter()
            .Varint(1, 8)
            .String(2, producer)
            .String(3, "1.0")
            .Message(7, graph)
            .Message(8, opsetImport => opsetImport.String(1, string.Empty).Varint(2, opset))
            .ToArray();
    }

    private string Initializer(string name, OnnxElementType type, ReadOnlySpan<byte> littleEndianData, long[] dims)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("ONNX raw_data is little-endian; this writer copies memory as is.");
        }

        var tensor = new ProtoWriter();
        foreach (var dim in dims)
        {
            tensor.Varint(1, dim);
        }

        tensor.Varint(2, (long)type).String(8, name).Bytes(9, littleEndianData);
        _initializers.Add(tensor);
        return name;
    }

    private static ProtoWriter ValueInfo(string name, OnnxElementType type, object[] dims)
    {
        var shape = new ProtoWriter();
        foreach (var dim in dims)
        {
            shape.Message(1, dimension => _ = dim switch
            {
                string symbol => dimension.String(2, symbol),
                _ => dimension.Varint(1, Convert.ToInt64(dim, System.Globalization.CultureInfo.InvariantCulture)),
            });
        }

        var tensorType = new ProtoWriter().Varint(1, (long)type).Message(2, shape);
        return new ProtoWriter().String(1, name).Message(2, typeProto => typeProto.Message(1, tensorType));
    }
}

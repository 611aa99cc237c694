namespace SlmAssistant.Tools.FineTuning.Onnx;

/// <summary>
/// Reads the graph inputs of an ONNX model (<c>ModelProto.graph.input</c>, each a <c>ValueInfoProto</c>) and which of
/// them are also initializers. Field numbers follow onnx.proto; weights are skipped, not loaded.
/// </summary>
public static class OnnxInputReader
{
    private const int ModelGraphField = 7;
    private const int GraphInitializerField = 5;
    private const int GraphInputField = 11;
    private const int TensorNameField = 8;

    public static IReadOnlyList<OnnxGraphInput> Read(string modelPath)
    {
        using var stream = File.OpenRead(modelPath);
        try
        {
            return Read(stream);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{modelPath}: {e.Message}", e);
        }
    }

    private static List<OnnxGraphInput> Read(Stream stream)
    {
        var model = new ProtoReader(stream, stream.Length);
        var inputs = new List<(string Name, int Type, List<OnnxDimension> Shape)>();
        var initializers = new HashSet<string>(StringComparer.Ordinal);
        var sawGraph = false;
        while (model.Next(out var field, out var wireType))
        {
            if (field != ModelGraphField || wireType != ProtoReader.LengthDelimitedWireType)
            {
                model.Skip(wireType);
                continue;
            }

            sawGraph = true;
            var graph = model.ReadMessage();
            while (graph.Next(out var graphField, out var graphWire))
            {
                if (graphField == GraphInputField && graphWire == ProtoReader.LengthDelimitedWireType)
                {
                    inputs.Add(ReadValueInfo(ProtoReader.Over(graph.ReadBytes())));
                }
                else if (graphField == GraphInitializerField && graphWire == ProtoReader.LengthDelimitedWireType)
                {
                    initializers.Add(ReadTensorName(graph.ReadMessage()));
                }
                else
                {
                    graph.Skip(graphWire);
                }
            }
        }

        return sawGraph
            ? inputs.ConvertAll(input => new OnnxGraphInput(input.Name, input.Type, input.Shape, initializers.Contains(input.Name)))
            : throw new InvalidDataException("No graph in the file: not an ONNX model.");
    }

    private static (string Name, int Type, List<OnnxDimension> Shape) ReadValueInfo(ProtoReader valueInfo)
    {
        var name = string.Empty;
        var type = 0;
        var shape = new List<OnnxDimension>();
        while (valueInfo.Next(out var field, out var wire))
        {
            if (field == 1 && wire == ProtoReader.LengthDelimitedWireType)
            {
                name = valueInfo.ReadString();
            }
            else if (field == 2 && wire == ProtoReader.LengthDelimitedWireType)
            {
                // TypeProto.tensor_type (1) → Tensor.elem_type (1), Tensor.shape (2) → TensorShapeProto.dim (1).
                var typeProto = ProtoReader.Over(valueInfo.ReadBytes());
                while (typeProto.Next(out var typeField, out var typeWire))
                {
                    if (typeField != 1 || typeWire != ProtoReader.LengthDelimitedWireType)
                    {
                        typeProto.Skip(typeWire);
                        continue;
                    }

                    var tensor = ProtoReader.Over(typeProto.ReadBytes());
                    while (tensor.Next(out var tensorField, out var tensorWire))
                    {
                        if (tensorField == 1 && tensorWire == ProtoReader.VarintWireType)
                        {
                            type = (int)tensor.ReadVarint();
                        }
                        else if (tensorField == 2 && tensorWire == ProtoReader.LengthDelimitedWireType)
                        {
                            shape = ReadShape(ProtoReader.Over(tensor.ReadBytes()));
                        }
                        else
                        {
                            tensor.Skip(tensorWire);
                        }
                    }
                }
            }
            else
            {
                valueInfo.Skip(wire);
            }
        }

        return (name, type, shape);
    }

    private static List<OnnxDimension> ReadShape(ProtoReader shape)
    {
        var dims = new List<OnnxDimension>();
        while (shape.Next(out var field, out var wire))
        {
            if (field != 1 || wire != ProtoReader.LengthDelimitedWireType)
            {
                shape.Skip(wire);
                continue;
            }

            var dimension = ProtoReader.Over(shape.ReadBytes());
            long? value = null;
            string? symbol = null;
            while (dimension.Next(out var dimField, out var dimWire))
            {
                if (dimField == 1 && dimWire == ProtoReader.VarintWireType)
                {
                    value = (long)dimension.ReadVarint();
                }
                else if (dimField == 2 && dimWire == ProtoReader.LengthDelimitedWireType)
                {
                    symbol = dimension.ReadString();
                }
                else
                {
                    dimension.Skip(dimWire);
                }
            }

            dims.Add(new OnnxDimension(value, symbol));
        }

        return dims;
    }

    private static string ReadTensorName(ProtoReader tensor)
    {
        var name = string.Empty;
        while (tensor.Next(out var field, out var wire))
        {
            if (field == TensorNameField && wire == ProtoReader.LengthDelimitedWireType)
            {
                name = tensor.ReadString();
            }
            else
            {
                tensor.Skip(wire);
            }
        }

        return name;
    }
}

namespace SlmAssistant.Tools.FineTuning.Import;

/// <summary>One parameter of an <c>.onnx_adapter</c>: the graph input it overrides, its dims and ONNX data type.</summary>
public sealed record AdapterTensor(string Name, IReadOnlyList<long> Dims, int DataType, long DataLength)
{
    public string ShapeText => "[" + string.Join(", ", Dims) + "]";
}

namespace SlmAssistant.Tools.FineTuning.Onnx;

/// <summary>A graph input of an ONNX model: its name, ONNX element type (1 = float, 10 = float16 …) and shape.</summary>
/// <param name="HasDefault">Also an initializer: the model runs without it (ONNX Runtime uses the stored value).</param>
public sealed record OnnxGraphInput(string Name, int ElementType, IReadOnlyList<OnnxDimension> Shape, bool HasDefault)
{
    public string ShapeText => "[" + string.Join(", ", Shape) + "]";
}

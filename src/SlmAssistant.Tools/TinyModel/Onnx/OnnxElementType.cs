namespace SlmAssistant.Tools.TinyModel.Onnx;

/// <summary>The subset of ONNX <c>TensorProto.DataType</c> values the tiny model uses.</summary>
internal enum OnnxElementType
{
    Float = 1,
    Int64 = 7,
    Bool = 9,
}

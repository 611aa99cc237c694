namespace SlmAssistant.Tools.FineTuning.Onnx;

/// <summary>One dimension of a graph input: a fixed size, a named symbol (set at run time), or neither (unknown).</summary>
public sealed record OnnxDimension(long? Value, string? Symbol)
{
    public bool IsFixed => Value is not null;

    public override string ToString() => Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Symbol ?? "?";
}

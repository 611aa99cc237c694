namespace SlmAssistant.Tools.TinyModel.Onnx;

/// <summary>A node attribute, encoded as an ONNX <c>AttributeProto</c>.</summary>
internal abstract record OnnxAttribute(string Name)
{
    public static OnnxAttribute Int(string name, long value) => new IntAttribute(name, value);

    public static OnnxAttribute Ints(string name, params long[] values) => new IntsAttribute(name, values);

    public static OnnxAttribute Float(string name, float value) => new FloatAttribute(name, value);

    public abstract void WriteTo(ProtoWriter attribute);

    // AttributeProto field numbers: name=1, f=2, i=3, ints=8, type=20 (FLOAT=1, INT=2, INTS=7).
    private sealed record IntAttribute(string Name, long Value) : OnnxAttribute(Name)
    {
        public override void WriteTo(ProtoWriter attribute) =>
            attribute.String(1, Name).Varint(3, Value).Varint(20, 2);
    }

    private sealed record IntsAttribute(string Name, long[] Values) : OnnxAttribute(Name)
    {
        public override void WriteTo(ProtoWriter attribute)
        {
            attribute.String(1, Name);
            foreach (var value in Values)
            {
                attribute.Varint(8, value);
            }

            attribute.Varint(20, 7);
        }
    }

    private sealed record FloatAttribute(string Name, float Value) : OnnxAttribute(Name)
    {
        public override void WriteTo(ProtoWriter attribute) =>
            attribute.String(1, Name).Float(2, Value).Varint(20, 1);
    }
}

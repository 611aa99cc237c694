namespace SlmAssistant.Embeddings.Model.Graph;

/// <summary>One field of a protobuf message: its number, wire type, encoded bytes (key included) and, when length-delimited, its payload.</summary>
internal readonly record struct ProtoField(int Number, int WireType, ReadOnlyMemory<byte> Encoded, ReadOnlyMemory<byte> Payload)
{
    public const int LengthDelimited = 2;

    public string Text => System.Text.Encoding.UTF8.GetString(Payload.Span);
}

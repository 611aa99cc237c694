namespace SlmAssistant.Embeddings.Model.Graph;

/// <summary>Walks the fields of a protobuf message without a schema: enough to find and copy ONNX graph nodes.</summary>
internal static class ProtoReader
{
    public static List<ProtoField> Fields(ReadOnlyMemory<byte> message)
    {
        var fields = new List<ProtoField>();
        var span = message.Span;
        var position = 0;
        while (position < span.Length)
        {
            var start = position;
            var key = ReadVarint(span, ref position);
            var wireType = (int)(key & 7);
            var payload = ReadOnlyMemory<byte>.Empty;
            switch (wireType)
            {
                case 0:
                    ReadVarint(span, ref position);
                    break;
                case 1:
                    position += 8;
                    break;
                case 5:
                    position += 4;
                    break;
                case ProtoField.LengthDelimited:
                    var length = checked((int)ReadVarint(span, ref position));
                    payload = message.Slice(position, length);
                    position += length;
                    break;
                default:
                    throw new InvalidDataException($"Unsupported protobuf wire type {wireType}.");
            }

            fields.Add(new ProtoField((int)(key >> 3), wireType, message[start..position], payload));
        }

        return fields;
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> span, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = span[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("Malformed protobuf varint.");
    }
}

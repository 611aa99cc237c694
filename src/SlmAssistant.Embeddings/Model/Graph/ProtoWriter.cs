using System.Buffers;
using System.Text;

namespace SlmAssistant.Embeddings.Model.Graph;

/// <summary>Appends protobuf fields to a buffer; the counterpart of <see cref="ProtoReader"/>.</summary>
internal sealed class ProtoWriter
{
    private readonly ArrayBufferWriter<byte> _buffer;

    public ProtoWriter(int capacity = 256) => _buffer = new ArrayBufferWriter<byte>(capacity);

    public ReadOnlyMemory<byte> Written => _buffer.WrittenMemory;

    public ProtoWriter Copy(ProtoField field)
    {
        _buffer.Write(field.Encoded.Span);
        return this;
    }

    public ProtoWriter Bytes(int number, ReadOnlySpan<byte> payload)
    {
        Varint(((ulong)number << 3) | ProtoField.LengthDelimited);
        Varint((ulong)payload.Length);
        _buffer.Write(payload);
        return this;
    }

    public ProtoWriter String(int number, string value) => Bytes(number, Encoding.UTF8.GetBytes(value));

    public ProtoWriter Int64(int number, long value)
    {
        Varint((ulong)number << 3);
        Varint(unchecked((ulong)value));
        return this;
    }

    private void Varint(ulong value)
    {
        var span = _buffer.GetSpan(10);
        var length = 0;
        while (value >= 0x80)
        {
            span[length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[length++] = (byte)value;
        _buffer.Advance(length);
    }
}

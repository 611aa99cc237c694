namespace SlmAssistant.Tools.FineTuning.Onnx;

/// <summary>
/// Walks the protobuf wire format over a stream: reading an ONNX model's graph inputs needs only tags, varints and
/// length-delimited fields, and skipping (seeking past) everything else keeps a multi-gigabyte model.onnx off the heap.
/// </summary>
internal sealed class ProtoReader
{
    public const int VarintWireType = 0;
    public const int Fixed64WireType = 1;
    public const int LengthDelimitedWireType = 2;
    public const int Fixed32WireType = 5;

    private readonly Stream _stream;
    private readonly long _end;

    public ProtoReader(Stream stream, long length)
    {
        _stream = stream;
        _end = stream.Position + length;
        if (_end > stream.Length)
        {
            throw new InvalidDataException("The protobuf message runs past the end of the file (truncated?).");
        }
    }

    public static ProtoReader Over(byte[] message) => new(new MemoryStream(message, writable: false), message.Length);

    /// <summary>Moves to the next field; <see langword="false"/> at the end of this message.</summary>
    public bool Next(out int field, out int wireType)
    {
        if (_stream.Position >= _end)
        {
            field = wireType = 0;
            return false;
        }

        var tag = ReadVarint();
        field = (int)(tag >> 3);
        wireType = (int)(tag & 7);
        return true;
    }

    public ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = ReadByte();
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new InvalidDataException("A protobuf varint is longer than 10 bytes.");
    }

    /// <summary>The length of a length-delimited field, checked against the enclosing message.</summary>
    public long ReadLength()
    {
        var length = (long)ReadVarint();
        if (length < 0 || _stream.Position + length > _end)
        {
            throw new InvalidDataException("A protobuf field runs past the end of its message (truncated or not an ONNX file?).");
        }

        return length;
    }

    public byte[] ReadBytes()
    {
        var bytes = new byte[ReadLength()];
        _stream.ReadExactly(bytes);
        return bytes;
    }

    public string ReadString() => System.Text.Encoding.UTF8.GetString(ReadBytes());

    /// <summary>A nested message read on the same stream; the caller must consume it fully before going on.</summary>
    public ProtoReader ReadMessage() => new(_stream, ReadLength());

    public void Skip(int wireType)
    {
        long size = wireType switch
        {
            VarintWireType => 0,
            Fixed64WireType => 8,
            LengthDelimitedWireType => ReadLength(),
            Fixed32WireType => 4,
            _ => throw new InvalidDataException($"Unsupported protobuf wire type {wireType} (not an ONNX file?)."),
        };

        if (wireType == VarintWireType)
        {
            ReadVarint();
            return;
        }

        if (_stream.Position + size > _end)
        {
            throw new InvalidDataException("A protobuf field runs past the end of its message (truncated?).");
        }

        _stream.Seek(size, SeekOrigin.Current);
    }

    private byte ReadByte()
    {
        if (_stream.Position >= _end)
        {
            throw new InvalidDataException("The protobuf message ends inside a field (truncated?).");
        }

        var b = _stream.ReadByte();
        return b < 0 ? throw new InvalidDataException("The file ends inside a protobuf field (truncated?).") : (byte)b;
    }
}

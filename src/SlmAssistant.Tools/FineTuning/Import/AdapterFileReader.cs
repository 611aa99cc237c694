using System.Buffers.Binary;
using System.Text;

namespace SlmAssistant.Tools.FineTuning.Import;

/// <summary>
/// Reads an <c>.onnx_adapter</c>: the FlatBuffers format of onnxruntime's lora module (identifier "TORT",
/// <c>table Adapter { format_version, adapter_version, model_version, parameters:[Parameter] }</c>,
/// <c>table Parameter { name, dims:[int64], data_type, raw_data:[uint8] }</c>), the counterpart of
/// <c>AdapterFileWriter</c>. Follows offsets in either direction, as flatc's back-to-front layout needs, and checks
/// every one against the file, so a truncated or foreign file gives an <see cref="InvalidDataException"/>.
/// </summary>
public static class AdapterFileReader
{
    private static readonly Dictionary<int, int> ElementSizes = new()
    {
        [1] = 4, [2] = 1, [3] = 1, [4] = 2, [5] = 2, [6] = 4, [7] = 8, [9] = 1, [10] = 2, [11] = 8, [12] = 4, [13] = 8, [16] = 2,
    };

    public static AdapterFile Read(string path)
    {
        try
        {
            return Parse(File.ReadAllBytes(path));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} is not a readable .onnx_adapter ({e.Message}).", e);
        }
    }

    public static AdapterFile Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 8)
        {
            throw new InvalidDataException($"only {bytes.Length} bytes: truncated");
        }

        if (!bytes.Slice(4, 4).SequenceEqual("TORT"u8))
        {
            throw new InvalidDataException("no TORT identifier: not an ONNX Runtime adapter");
        }

        var adapter = Table(bytes, Follow(bytes, 0));
        var parameters = new List<AdapterTensor>();
        if (adapter.Has(3))
        {
            var vector = Follow(bytes, adapter.FieldAt(3));
            var count = ReadInt32(bytes, vector);
            for (var i = 0; i < count; i++)
            {
                parameters.Add(ReadParameter(bytes, Table(bytes, Follow(bytes, vector + 4 + (4 * i)))));
            }
        }

        return new AdapterFile(adapter.Int32Or(bytes, 0), adapter.Int32Or(bytes, 1), adapter.Int32Or(bytes, 2), parameters);
    }

    private static AdapterTensor ReadParameter(ReadOnlySpan<byte> bytes, TableView parameter)
    {
        var name = parameter.Has(0) ? ReadString(bytes, Follow(bytes, parameter.FieldAt(0))) : string.Empty;
        var dims = new List<long>();
        if (parameter.Has(1))
        {
            var vector = Follow(bytes, parameter.FieldAt(1));
            var count = ReadInt32(bytes, vector);
            Check(bytes, vector + 4, (long)count * 8);
            for (var i = 0; i < count; i++)
            {
                dims.Add(BinaryPrimitives.ReadInt64LittleEndian(bytes[(vector + 4 + (8 * i))..]));
            }
        }

        var dataType = parameter.Int32Or(bytes, 2);
        long dataLength = 0;
        if (parameter.Has(3))
        {
            var vector = Follow(bytes, parameter.FieldAt(3));
            dataLength = ReadInt32(bytes, vector);
            Check(bytes, vector + 4, dataLength);
        }

        if (ElementSizes.TryGetValue(dataType, out var size) && dims.Aggregate(1L, (product, dim) => product * dim) * size != dataLength)
        {
            throw new InvalidDataException($"tensor '{name}' holds {dataLength} bytes, not the {string.Join('x', dims)} × {size} its dims say");
        }

        return new AdapterTensor(name, dims, dataType, dataLength);
    }

    /// <summary>The target of the uoffset stored at <paramref name="slot"/>.</summary>
    private static int Follow(ReadOnlySpan<byte> bytes, int slot)
    {
        var target = (long)slot + (uint)ReadInt32(bytes, slot);
        Check(bytes, target, 4);
        return (int)target;
    }

    private static TableView Table(ReadOnlySpan<byte> bytes, int table)
    {
        var vtable = (long)table - ReadInt32(bytes, table);
        Check(bytes, vtable, 4);
        var vtableSize = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(int)vtable..]);
        var tableSize = BinaryPrimitives.ReadUInt16LittleEndian(bytes[((int)vtable + 2)..]);
        Check(bytes, vtable, vtableSize);
        Check(bytes, table, tableSize);
        var offsets = new int[Math.Max(0, (vtableSize - 4) / 2)];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = BinaryPrimitives.ReadUInt16LittleEndian(bytes[((int)vtable + 4 + (2 * i))..]);
        }

        return new TableView(table, offsets, tableSize);
    }

    private static string ReadString(ReadOnlySpan<byte> bytes, int at)
    {
        var length = ReadInt32(bytes, at);
        Check(bytes, at + 4, length);
        return Encoding.UTF8.GetString(bytes.Slice(at + 4, length));
    }

    private static int ReadInt32(ReadOnlySpan<byte> bytes, long at)
    {
        Check(bytes, at, 4);
        return BinaryPrimitives.ReadInt32LittleEndian(bytes[(int)at..]);
    }

    private static void Check(ReadOnlySpan<byte> bytes, long at, long length)
    {
        if (at < 0 || length < 0 || at + length > bytes.Length)
        {
            throw new InvalidDataException($"an offset points to byte {at + length} of a {bytes.Length}-byte file: truncated or corrupt");
        }
    }

    private readonly record struct TableView(int Position, int[] Offsets, int Size)
    {
        public bool Has(int field) => field < Offsets.Length && Offsets[field] != 0;

        public int FieldAt(int field) => Offsets[field] + 4 <= Size
            ? Position + Offsets[field]
            : throw new InvalidDataException($"field {field} lies outside its table: corrupt");

        public int Int32Or(ReadOnlySpan<byte> bytes, int field, int fallback = 0) => Has(field) ? ReadInt32(bytes, FieldAt(field)) : fallback;
    }
}

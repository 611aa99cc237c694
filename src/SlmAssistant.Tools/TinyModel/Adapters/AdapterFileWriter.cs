using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace SlmAssistant.Tools.TinyModel.Adapters;

/// <summary>
/// Writes an <c>.onnx_adapter</c> file: the FlatBuffers format of onnxruntime's lora module
/// (<c>table Adapter { format_version, adapter_version, model_version, parameters:[Parameter] }</c>,
/// <c>table Parameter { name, dims:[int64], data_type, raw_data:[uint8] (force_align: 8) }</c>, identifier "TORT").
/// </summary>
/// <remarks>
/// Laid out front to back, which FlatBuffers allows as long as every offset points forward: root offset,
/// identifier, then each table preceded by its vtable, then the objects it refers to.
/// </remarks>
internal static class AdapterFileWriter
{
    private const int FormatVersion = 1;
    private const int FloatDataType = 1;

    public static void Write(string path, IReadOnlyList<AdapterParameter> parameters, int adapterVersion = 1, int modelVersion = 1)
    {
        var buffer = new FlatBufferWriter();
        var rootOffsetAt = buffer.Reserve(4);
        buffer.Bytes("TORT"u8);

        var adapter = buffer.Table(fieldCount: 4, inlineSize: 16);
        buffer.PatchOffset(rootOffsetAt, adapter.Position);
        buffer.SetInt32(adapter.Field(0, 0), FormatVersion);
        buffer.SetInt32(adapter.Field(1, 4), adapterVersion);
        buffer.SetInt32(adapter.Field(2, 8), modelVersion);
        var parametersField = adapter.Field(3, 12);

        buffer.PatchOffset(parametersField, buffer.Align(4));
        buffer.Int32(parameters.Count);
        var elementSlots = Enumerable.Range(0, parameters.Count).Select(_ => buffer.Reserve(4)).ToList();

        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            var table = buffer.Table(fieldCount: 4, inlineSize: 16);
            buffer.PatchOffset(elementSlots[i], table.Position);
            var nameField = table.Field(0, 0);
            var dimsField = table.Field(1, 4);
            buffer.SetInt32(table.Field(2, 8), FloatDataType);
            var dataField = table.Field(3, 12);

            buffer.PatchOffset(nameField, buffer.Align(4));
            var name = Encoding.UTF8.GetBytes(parameter.Name);
            buffer.Int32(name.Length);
            buffer.Bytes(name);
            buffer.Bytes([0]);

            buffer.PatchOffset(dimsField, buffer.AlignForVector(8));
            buffer.Int32(parameter.Dims.Length);
            buffer.Bytes(MemoryMarshal.AsBytes(parameter.Dims.AsSpan()));

            var data = MemoryMarshal.AsBytes(parameter.Values.AsSpan());
            buffer.PatchOffset(dataField, buffer.AlignForVector(8));
            buffer.Int32(data.Length);
            buffer.Bytes(data);
        }

        File.WriteAllBytes(path, buffer.ToArray());
    }

    /// <summary>A growable little-endian buffer with the few FlatBuffers primitives this format needs.</summary>
    private sealed class FlatBufferWriter
    {
        private byte[] _bytes = new byte[1024];
        private int _length;

        public int Reserve(int size)
        {
            EnsureCapacity(size);
            var at = _length;
            _length += size;
            return at;
        }

        public void Bytes(ReadOnlySpan<byte> value)
        {
            var at = Reserve(value.Length);
            value.CopyTo(_bytes.AsSpan(at));
        }

        public void Int32(int value) => SetInt32(Reserve(4), value);

        public void SetInt32(int at, int value) => BinaryPrimitives.WriteInt32LittleEndian(_bytes.AsSpan(at), value);

        /// <summary>uoffset: unsigned distance from the slot to the target, so targets must come later.</summary>
        public void PatchOffset(int slot, int target) => SetInt32(slot, target - slot);

        public int Align(int alignment)
        {
            Reserve((alignment - (_length % alignment)) % alignment);
            return _length;
        }

        /// <summary>Places a vector's 4-byte length so that its elements start on <paramref name="elementAlignment"/>.</summary>
        public int AlignForVector(int elementAlignment)
        {
            while ((_length + 4) % elementAlignment != 0)
            {
                Reserve(1);
            }

            return _length;
        }

        /// <summary>Writes a vtable (all fields present, in order) followed by its table; returns the table.</summary>
        public TableLayout Table(int fieldCount, int inlineSize)
        {
            var vtable = Align(2);
            var vtableSize = 4 + (2 * fieldCount);
            Reserve(vtableSize);
            var table = Align(4);
            Reserve(4 + inlineSize);
            BinaryPrimitives.WriteUInt16LittleEndian(_bytes.AsSpan(vtable), (ushort)vtableSize);
            BinaryPrimitives.WriteUInt16LittleEndian(_bytes.AsSpan(vtable + 2), (ushort)(4 + inlineSize));
            SetInt32(table, table - vtable);
            return new TableLayout(this, vtable, table);
        }

        public byte[] ToArray() => _bytes[.._length];

        public void SetFieldOffset(int vtable, int field, int offsetInTable) =>
            BinaryPrimitives.WriteUInt16LittleEndian(_bytes.AsSpan(vtable + 4 + (2 * field)), (ushort)offsetInTable);

        private void EnsureCapacity(int extra)
        {
            if (_length + extra > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + extra));
            }
        }
    }

    private readonly record struct TableLayout(FlatBufferWriter Writer, int VTable, int Position)
    {
        /// <summary>Registers field <paramref name="index"/> at <paramref name="offset"/> after the table's soffset; returns its address.</summary>
        public int Field(int index, int offset)
        {
            Writer.SetFieldOffset(VTable, index, 4 + offset);
            return Position + 4 + offset;
        }
    }
}

using System.Runtime.InteropServices;

namespace SlmAssistant.Retrieval.Store;

/// <summary>Vectors are stored as little-endian float32 BLOBs: 4 bytes per dimension, nothing else.</summary>
internal static class EmbeddingBlob
{
    public static byte[]? ToBlob(ReadOnlyMemory<float> vector)
    {
        EnsureLittleEndian();
        return vector.IsEmpty ? null : MemoryMarshal.AsBytes(vector.Span).ToArray();
    }

    public static float[] FromBlob(ReadOnlySpan<byte> blob)
    {
        EnsureLittleEndian();
        if (blob.Length % sizeof(float) != 0)
        {
            throw new InvalidDataException($"An embedding BLOB of {blob.Length} bytes is not a float32 vector.");
        }

        return MemoryMarshal.Cast<byte, float>(blob).ToArray();
    }

    private static void EnsureLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The knowledge store keeps vectors in little-endian byte order.");
        }
    }
}

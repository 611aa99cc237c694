using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SlmAssistant.Bot.Teams;

namespace SlmAssistant.Bot.Tests.Teams;

/// <summary>Reads back an 8-bit RGBA, unfiltered PNG, checking its signature and every chunk's CRC.</summary>
public sealed record PngReader(int Width, int Height, byte[] Rgba)
{
    public static PngReader Read(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var position = 8;
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        var chunks = new List<string>();
        while (position < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(position));
            var type = Encoding.ASCII.GetString(png, position + 4, 4);
            var data = png.AsSpan(position + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position + 8 + length));
            Assert.Equal(Crc32.Compute(png.AsSpan(position + 4, length + 4)), crc);
            chunks.Add(type);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(new byte[] { 8, 6, 0, 0, 0 }, data[8..].ToArray());
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            position += 12 + length;
        }

        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks);
        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var rows = raw.ToArray();
        Assert.Equal(height * (1 + (width * 4)), rows.Length);
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            Assert.Equal(0, rows[y * (1 + (width * 4))]);
            Array.Copy(rows, (y * (1 + (width * 4))) + 1, rgba, y * width * 4, width * 4);
        }

        return new PngReader(width, height, rgba);
    }

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }
}

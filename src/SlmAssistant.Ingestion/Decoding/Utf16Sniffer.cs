using System.Text;

namespace SlmAssistant.Ingestion.Decoding;

/// <summary>Recognises BOM-less UTF-16 of mostly-Latin text: NULs in nearly every other byte, on one side only.</summary>
internal static class Utf16Sniffer
{
    public static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNuls += sample[i] == 0 ? 1 : 0;
            oddNuls += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddNuls > pairs * 0.9 && evenNuls < pairs * 0.1)
        {
            return Encoding.Unicode;
        }

        return evenNuls > pairs * 0.9 && oddNuls < pairs * 0.1 ? Encoding.BigEndianUnicode : null;
    }
}

using SlmAssistant.Ingestion.Decoding;

namespace SlmAssistant.Ingestion.Detection;

/// <summary>Text has no NULs (unless it is UTF-16) and almost no control characters.</summary>
internal static class TextSniffer
{
    private const double MaxControlRatio = 0.02;

    public static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] || Utf16Sniffer.Detect(bytes) is not null)
        {
            return true;
        }

        var controls = 0;
        foreach (var b in bytes)
        {
            if (b == 0)
            {
                return false;
            }

            if ((b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C)) || b == 0x7F)
            {
                controls++;
            }
        }

        return controls <= bytes.Length * MaxControlRatio;
    }
}

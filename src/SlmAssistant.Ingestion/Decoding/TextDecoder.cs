using System.Text;

namespace SlmAssistant.Ingestion.Decoding;

/// <summary>
/// Turns bytes into text: a byte-order mark wins (UTF-8, UTF-16 LE/BE, UTF-32 LE), then UTF-16 without a BOM when every
/// other byte is NUL, then strict UTF-8, and Windows-1252 (the Latin-1 superset browsers use) as the last resort.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (DecodeWithBom(bytes) is DecodedText withBom)
        {
            return withBom;
        }

        // Before UTF-8: ASCII in UTF-16 is also valid UTF-8, full of NULs.
        if (Utf16Sniffer.Detect(bytes) is Encoding utf16)
        {
            return new DecodedText(utf16.GetString(bytes), utf16, IsFallback: false);
        }

        try
        {
            return new DecodedText(StrictUtf8.GetString(bytes), Encoding.UTF8, IsFallback: false);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8 either: a legacy single-byte code page.
        }

        return new DecodedText(Windows1252.Value.GetString(bytes), Windows1252.Value, IsFallback: true);
    }

    /// <summary>Decodes with a named encoding (an HTML meta charset, say); null when the name is unknown.</summary>
    public static DecodedText? DecodeAs(ReadOnlySpan<byte> bytes, string encodingName)
    {
        _ = Windows1252.Value; // registers the code-page provider
        try
        {
            var encoding = Encoding.GetEncoding(encodingName.Trim());
            return new DecodedText(encoding.GetString(bytes), encoding, IsFallback: false);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static DecodedText? DecodeWithBom(ReadOnlySpan<byte> bytes)
    {
        (Encoding? encoding, int bomLength) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding?)null, 0),
        };

        return encoding is null ? null : new DecodedText(encoding.GetString(bytes[bomLength..]), encoding, IsFallback: false);
    }
}

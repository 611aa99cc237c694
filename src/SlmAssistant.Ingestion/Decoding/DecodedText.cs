using System.Text;

namespace SlmAssistant.Ingestion.Decoding;

/// <summary>Text decoded from bytes, with the encoding that was used and whether it was a guess.</summary>
/// <param name="IsFallback">True when the bytes were not valid in any Unicode encoding and were read as Windows-1252.</param>
public sealed record DecodedText(string Text, Encoding Encoding, bool IsFallback)
{
    /// <summary>A line for the ingestion report when the encoding was guessed; null otherwise.</summary>
    public string? Warning => IsFallback
        ? $"the text is not valid UTF-8; it was read as {Encoding.WebName} (Latin-1), so some characters may be wrong"
        : null;
}

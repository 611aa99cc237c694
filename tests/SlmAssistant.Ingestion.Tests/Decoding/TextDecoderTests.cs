using System.Text;
using SlmAssistant.Ingestion.Decoding;

namespace SlmAssistant.Ingestion.Tests.Decoding;

public sealed class TextDecoderTests
{
    [Fact]
    public void ValidUtf8IsDecodedWithoutAWarning()
    {
        var decoded = TextDecoder.Decode("Café crème"u8);

        Assert.Equal("Café crème", decoded.Text);
        Assert.False(decoded.IsFallback);
        Assert.Null(decoded.Warning);
    }

    [Fact]
    public void Utf8ByteOrderMarkIsRemoved() =>
        Assert.Equal("Hi", TextDecoder.Decode([0xEF, 0xBB, 0xBF, (byte)'H', (byte)'i']).Text);

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Utf16WithByteOrderMarkIsDecoded(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("Grüße aus Köln")];

        Assert.Equal("Grüße aus Köln", TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Utf16WithoutByteOrderMarkIsRecognised() =>
        Assert.Equal("Plain old text here", TextDecoder.Decode(Encoding.Unicode.GetBytes("Plain old text here")).Text);

    [Fact]
    public void InvalidUtf8IsReadAsLatin1WithAWarning()
    {
        byte[] latin1 = [.. "Caf"u8, 0xE9, .. " cr"u8, 0xE8, .. "me"u8];

        var decoded = TextDecoder.Decode(latin1);

        Assert.Equal("Café crème", decoded.Text);
        Assert.True(decoded.IsFallback);
        Assert.Contains("not valid UTF-8", decoded.Warning);
    }
}

using SlmAssistant.Routing.Redaction;

namespace SlmAssistant.Routing.Tests.Redaction;

public sealed class ChecksumTests
{
    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("5555555555554444", true)]
    [InlineData("378282246310005", true)]
    [InlineData("6011111111111117", true)]
    [InlineData("79927398713", true)]
    [InlineData("4111111111111112", false)]
    [InlineData("1234567812345678", false)]
    [InlineData("", false)]
    [InlineData("4111-1111", false)]
    public void LuhnAcceptsValidNumbersAndRejectsOthers(string digits, bool valid) =>
        Assert.Equal(valid, Luhn.IsValid(digits));

    [Theory]
    [InlineData("DE89 3704 0044 0532 0130 00", true)]
    [InlineData("GB82 WEST 1234 5698 7654 32", true)]
    [InlineData("NL91ABNA0417164300", true)]
    [InlineData("gb82west12345698765432", true)]
    [InlineData("FR1420041010050500013M02606", true)]
    [InlineData("DE89 3704 0044 0532 0130 01", false)]
    [InlineData("GB82 WEST 1234 5698 7654 3", false)]
    [InlineData("NL91ABNA041716430", false)]
    [InlineData("XX00 1234 5678 9012 34", false)]
    [InlineData("1234567890123456", false)]
    public void IbanChecksumChecksLengthAndModNinetySeven(string iban, bool valid) =>
        Assert.Equal(valid, IbanChecksum.IsValid(iban));
}

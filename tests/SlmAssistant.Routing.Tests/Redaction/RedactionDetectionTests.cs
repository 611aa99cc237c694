using SlmAssistant.Routing.Redaction;

namespace SlmAssistant.Routing.Tests.Redaction;

public sealed class RedactionDetectionTests
{
    private readonly PiiRedactor _redactor = new();

    [Theory]
    [InlineData("Call me at (555) 123-4567 tomorrow.", "(555) 123-4567")]
    [InlineData("Call me at 555-123-4567 tomorrow.", "555-123-4567")]
    [InlineData("Call me at 555.123.4567 tomorrow.", "555.123.4567")]
    [InlineData("Call me at +1 555 123 4567 tomorrow.", "+1 555 123 4567")]
    [InlineData("Call me at 1-800-555-0199 tomorrow.", "1-800-555-0199")]
    [InlineData("Call me at 5551234567 tomorrow.", "5551234567")]
    [InlineData("Text me at 555 123 4567.", "555 123 4567")]
    [InlineData("My London office is +44 20 7946 0958.", "+44 20 7946 0958")]
    [InlineData("Ring +49 30 123456789, please.", "+49 30 123456789")]
    [InlineData("Dial 0044 20 7946 0958 from abroad.", "0044 20 7946 0958")]
    [InlineData("My mobile is +447700900123.", "+447700900123")]
    [InlineData("My mobile is 07700 900123, call after six.", "07700 900123")]
    [InlineData("Office: 020 7946 0958.", "020 7946 0958")]
    [InlineData("Manchester line 0161 496 0000 works.", "0161 496 0000")]
    public void PhoneNumbersInCommonFormatsAreRedacted(string text, string phone) =>
        AssertRedactedAs(text, phone, PiiTypes.Phone);

    [Theory]
    [InlineData("Card 4111 1111 1111 1111 was declined.", "4111 1111 1111 1111")]
    [InlineData("Card 4111-1111-1111-1111 was declined.", "4111-1111-1111-1111")]
    [InlineData("Card 4111111111111111 was declined.", "4111111111111111")]
    [InlineData("Amex 3782 822463 10005 was declined.", "3782 822463 10005")]
    [InlineData("Old Visa 4222222222222 still works?", "4222222222222")]
    [InlineData("Paid with 4111 1111 1111 1111, thanks.", "4111 1111 1111 1111")]
    public void LuhnValidCardNumbersAreRedacted(string text, string card) =>
        AssertRedactedAs(text, card, PiiTypes.Card);

    [Theory]
    [InlineData("Card 4111 1111 1111 1111 exp 04/27 cvv 123", "04/27", PiiTypes.CardDetail)]
    [InlineData("Card 4111 1111 1111 1111 exp 04/27 cvv 123", "123", PiiTypes.CardDetail)]
    [InlineData("My card is 4111111111111111 12/29 837, is that safe?", "12/29", PiiTypes.CardDetail)]
    [InlineData("My card is 4111111111111111 12/29 837, is that safe?", "837", PiiTypes.CardDetail)]
    [InlineData("The security code: 4821 is on the back.", "4821", PiiTypes.CardDetail)]
    [InlineData("It expires 2027-04.", "2027-04", PiiTypes.CardDetail)]
    [InlineData("Paid with 4111 1111 1111 1111 2027 expiry.", "2027", PiiTypes.CardDetail)]
    [InlineData("Paid with 4111 1111 1111 1111 2027 expiry.", "4111 1111 1111 1111", PiiTypes.Card)]
    public void ACardsExpiryAndSecurityCodeAreRedactedWithIt(string text, string detail, string type)
    {
        var result = _redactor.Redact(text);

        Assert.DoesNotContain(detail, result.Text, StringComparison.Ordinal);
        var entity = Assert.Single(result.Entities, e => result.Placeholders[e.Placeholder] == detail);
        Assert.Equal(type, entity.Type);
        Assert.Equal(text, _redactor.Restore(result.Text, result.Placeholders));
    }

    [Theory]
    [InlineData("Ship it to 42 Elm Street, Springfield, IL 62704 please.", "42 Elm Street, Springfield, IL 62704")]
    [InlineData("I live at 1600 Pennsylvania Ave NW, Washington, DC 20500.", "1600 Pennsylvania Ave NW, Washington, DC 20500")]
    [InlineData("Send it to 221B Baker Street, London NW1 6XE.", "221B Baker Street, London NW1 6XE")]
    [InlineData("My address is 12 Oak Lane, Apt 4, Portland, OR 97205.", "12 Oak Lane, Apt 4, Portland, OR 97205")]
    public void StreetAddressesWithAPostcodeAreRedacted(string text, string address) =>
        AssertRedactedAs(text, address, PiiTypes.Address);

    [Theory]
    [InlineData("IBAN DE89 3704 0044 0532 0130 00 please.", "DE89 3704 0044 0532 0130 00")]
    [InlineData("IBAN DE89370400440532013000 please.", "DE89370400440532013000")]
    [InlineData("iban de89 3704 0044 0532 0130 00 please.", "de89 3704 0044 0532 0130 00")]
    [InlineData("Pay FR14 2004 1010 0505 0001 3M02 606 today.", "FR14 2004 1010 0505 0001 3M02 606")]
    [InlineData("Use NL91ABNA0417164300 as account.", "NL91ABNA0417164300")]
    public void ModNinetySevenValidIbansAreRedacted(string text, string iban) =>
        AssertRedactedAs(text, iban, PiiTypes.Iban);

    [Theory]
    [InlineData("My number is 123-45-6789 for the form.", "123-45-6789")]
    [InlineData("SSN: 123456789", "123456789")]
    [InlineData("social security number 123 45 6789", "123 45 6789")]
    [InlineData("my ssn is 666-12-3456 (I think)", "666-12-3456")]
    [InlineData("SSN 900-12-3456", "900-12-3456")]
    public void SsnsAreRedactedAndSsnShapedNumbersNearTheKeywordToo(string text, string ssn) =>
        AssertRedactedAs(text, ssn, PiiTypes.Ssn);

    [Theory]
    [InlineData("my name is dana whitfield and I need help", "dana whitfield")]
    [InlineData("Please ask Dr. Okafor about it.", "Okafor")]
    [InlineData("Mrs Beatrix Holloway will pick it up.", "Beatrix Holloway")]
    [InlineData("Can you reschedule?\n\nThanks, Dana", "Dana")]
    [InlineData("Can you reschedule?\nBest regards,\nTobias Lindqvist", "Tobias Lindqvist")]
    [InlineData("Please send it to my wife, Ingrid.", "Ingrid")]
    [InlineData("Dear Quentin, your order shipped.", "Quentin")]
    [InlineData("Forward it to Jennifer O'Brien today.", "Jennifer O'Brien")]
    [InlineData("Hello, this is Ana da Silva calling.", "Ana da Silva")]
    [InlineData("Hey it's Zora Mbeki, quick question.", "Zora Mbeki")]
    public void NamesAreRedactedWhereTheTextGivesThemAway(string text, string name) =>
        AssertRedactedAs(text, name, PiiTypes.Name);

    [Fact]
    public void EmailsAreRedacted() =>
        AssertRedactedAs("Write to first.last+tag@mail.example.co.uk.", "first.last+tag@mail.example.co.uk", PiiTypes.Email);

    [Fact]
    public void TheSameValueGetsTheSamePlaceholder()
    {
        var result = _redactor.Redact("Email a@example.com, then A@EXAMPLE.COM again, and c@example.com.");

        Assert.Equal("Email [EMAIL_1], then [EMAIL_1] again, and [EMAIL_2].", result.Text);
        Assert.Equal(2, result.Placeholders.Count);
    }

    [Fact]
    public void ALaterMentionOfAFoundNameSharesItsPlaceholder()
    {
        var result = _redactor.Redact("My name is Dana Whitfield. Could Dana get a refund?");

        Assert.Equal("My name is [NAME_1]. Could [NAME_1] get a refund?", result.Text);
    }

    [Fact]
    public void APlaceholderAlreadyInTheTextIsNotHandedOutAgain()
    {
        var result = _redactor.Redact("[EMAIL_1] wrote from b@example.com");

        Assert.Equal("[EMAIL_1] wrote from [EMAIL_2]", result.Text);
    }

    [Fact]
    public void ACardWinsOverThePhoneNumberInsideIt()
    {
        var result = _redactor.Redact("5555 5555 5555 4444");

        var entity = Assert.Single(result.Entities);
        Assert.Equal(PiiTypes.Card, entity.Type);
    }

    [Fact]
    public void EntitiesPointIntoTheOriginalText()
    {
        const string text = "I'm Marcus Ortega, phone (503) 555-0187.";

        var result = _redactor.Redact(text);

        Assert.Collection(
            result.Entities,
            name => Assert.Equal("Marcus Ortega", text.Substring(name.Start, name.Length)),
            phone => Assert.Equal("(503) 555-0187", text.Substring(phone.Start, phone.Length)));
        Assert.Equal("I'm [NAME_1], phone [PHONE_1].", result.Text);
    }

    private void AssertRedactedAs(string text, string value, string type)
    {
        var result = _redactor.Redact(text);

        Assert.DoesNotContain(value, result.Text, StringComparison.Ordinal);
        var entity = Assert.Single(result.Entities);
        Assert.Equal(type, entity.Type);
        Assert.Equal(value, result.Placeholders[entity.Placeholder]);
    }
}

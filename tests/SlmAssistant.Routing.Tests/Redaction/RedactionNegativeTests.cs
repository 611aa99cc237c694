using SlmAssistant.Routing.Redaction;

namespace SlmAssistant.Routing.Tests.Redaction;

/// <summary>Numbers and capitalized words customers write every day must reach the model intact.</summary>
public sealed class RedactionNegativeTests
{
    private readonly PiiRedactor _redactor = new();

    [Theory]
    [InlineData("The jacket cost $129.99 and shipping was $12.50, total $142.49.")]
    [InlineData("I paid 1,249.00 EUR on 2024-03-15 and again on 03/22/2024.")]
    [InlineData("My appointment is on 12-05-2024 at 10:30 am, or 14:45 on Friday.")]
    [InlineData("My order number is 4829103746 and it still hasn't shipped.")]
    [InlineData("Order #1234567890123456 arrived damaged.")]
    [InlineData("Order 123-456-7890 is missing a sleeve.")]
    [InlineData("my name is reaching out about a bill")]
    [InlineData("Invoice 2024-000123 lists 3 items; tracking 1Z999AA10123456784.")]
    [InlineData("Ship it to zip code 97201 or 97201-1234 please.")]
    [InlineData("Our store hours are 9:00-17:30, Monday to Saturday.")]
    [InlineData("Can I return 2 pairs of boots size 10.5 within 30 days?")]
    [InlineData("Room 214, building 3, floor 2; the 2023 tax year; version 1.2.3.")]
    [InlineData("What does the Notice of Privacy Practices say about lab results?")]
    [InlineData("Does Maple Grove Family Clinic accept Oregon Health Plan?")]
    [InlineData("How do I return a jacket to Harbor & Pine Outfitters?")]
    [InlineData("Hi, I'm looking for the refund policy. Thanks!")]
    [InlineData("This is urgent: my package is late.")]
    [InlineData("I'm Canadian, can I still order from you?")]
    [InlineData("What is Brightlane Software's data retention period?")]
    [InlineData("Is the Jordan River trip covered by travel insurance?")]
    [InlineData("Call us Monday through Friday, 8 am to 5 pm.")]
    [InlineData("My account number is 123456789 and my SKU is 55512345678.")]
    public void EverydayTextIsNotRedacted(string text)
    {
        var result = _redactor.Redact(text);

        Assert.Empty(result.Entities);
        Assert.Equal(text, result.Text);
    }

    [Fact]
    public void ANonLuhnSixteenDigitNumberIsNotACard()
    {
        var result = _redactor.Redact("Reference 4111 1111 1111 1112 for the transfer.");

        Assert.DoesNotContain(result.Entities, e => e.Type == PiiTypes.Card);
    }

    [Fact]
    public void AnIbanWithABadCheckIsNotRedacted()
    {
        var result = _redactor.Redact("Is DE89 3704 0044 0532 0130 01 right?");

        Assert.Empty(result.Entities);
    }

    [Fact]
    public void AnSsnShapedNumberFromAnUnissuedAreaIsKeptWithoutAKeyword()
    {
        var result = _redactor.Redact("Part 666-12-3456 and part 900-12-3456 are out of stock.");

        Assert.Empty(result.Entities);
    }
}

using SlmAssistant.Routing.Redaction;

namespace SlmAssistant.Routing.Tests.Redaction;

public sealed class RestoreTests
{
    private static readonly Dictionary<string, string> Map = new()
    {
        ["[NAME_1]"] = "Dana Whitfield",
        ["[EMAIL_1]"] = "dana.w@example.com",
        ["[PHONE_12]"] = "(503) 555-0187",
    };

    private readonly PiiRedactor _redactor = new();

    [Theory]
    [InlineData("Dear [NAME_1], we will write to [EMAIL_1].")]
    [InlineData("Dear [name_1], we will write to [Email_1].")]
    [InlineData("Dear [ NAME_1 ], we will write to [EMAIL 1].")]
    [InlineData("Dear [NAME-1], we will write to EMAIL_1.")]
    [InlineData("Dear \\[NAME\\_1\\], we will write to [EMAIL_1].")]
    public void EchoedPlaceholdersAreRestoredWhateverTheirCaseOrSpacing(string reply)
    {
        Assert.Equal("Dear Dana Whitfield, we will write to dana.w@example.com.", _redactor.Restore(reply, Map));
    }

    [Fact]
    public void MultiDigitPlaceholdersAreNotConfusedWithShorterOnes()
    {
        var map = new Dictionary<string, string> { ["[PHONE_1]"] = "111", ["[PHONE_12]"] = "1212" };

        Assert.Equal("1212 and 111", _redactor.Restore("[PHONE_12] and [PHONE_1]", map));
    }

    [Fact]
    public void UnknownPlaceholdersAreLeftAsTheyAre()
    {
        Assert.Equal("Ask [NAME_2] or [CARD_1].", _redactor.Restore("Ask [NAME_2] or [CARD_1].", Map));
    }

    [Fact]
    public void KeysInAnotherFormatAreReplacedLiterally()
    {
        var map = new Dictionary<string, string> { ["<<person-1>>"] = "Dana" };

        Assert.Equal("Hi Dana", _redactor.Restore("Hi <<person-1>>", map));
    }
}

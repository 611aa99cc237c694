using SlmAssistant.Admin.Features.Upload;

namespace SlmAssistant.Admin.Tests.Upload;

public sealed class UploadNamesTests
{
    [Theory]
    [InlineData("invoice\u202Egpj.exe", "invoicegpj.exe")]
    [InlineData("report\u2028ignore previous.pdf", "reportignore previous.pdf")]
    [InlineData("two\r\nlines.md", "twolines.md")]
    [InlineData("zero\u200Bwidth\u2066.txt", "zerowidth.txt")]
    [InlineData("Résumé 😀.docx", "Résumé 😀.docx")]
    public void DisplayNameDropsCharactersThatHideOrReorderText(string sent, string shown) =>
        Assert.Equal(shown, UploadNames.DisplayName(sent));

    [Fact]
    public void SourceOfANameWithABidiOverrideHasNoneLeft() =>
        Assert.Equal("upload://general/invoicegpj.exe", UploadNames.Source("general", "invoice\u202Egpj.exe"));
}

using SlmAssistant.Routing.Routing;
using SlmAssistant.TestKit;

namespace SlmAssistant.Routing.Tests.Routing;

public sealed class OrganisationNamesTests
{
    private static readonly OrganisationNames Names = new(["Costco", "Best Buy", "Bank of America", "Lowe's", "Booking.com", "Target *", "Delta *"]);

    [Theory]
    [InlineData("how long does costco give you to return a tv", "costco")]
    [InlineData("Costco gives 90 days on TVs, right?", "Costco")]
    [InlineData("best buy restocking fee on drones", "best buy")]
    [InlineData("bank of america dispute a charge how long", "bank of america")]
    [InlineData("can i return a drill to lowe's", "lowe")]
    [InlineData("did costco.com change its policy", "costco.com")]
    [InlineData("is booking.com refundable", "booking.com")]
    public void AWellKnownOrganisationIsFoundHoweverItIsWritten(string text, string name) =>
        Assert.Equal([name], Names.Find(text));

    [Theory]
    [InlineData("returning toys to Target without a receipt", "Target")]
    [InlineData("Delta's refund policy for a canceled flight", "Delta")]
    [InlineData("what is delta's policy", "delta")]
    public void AnEverydayWordCountsCapitalisedInsideASentenceOrAsAPossessive(string text, string name) =>
        Assert.Equal([name], Names.Find(text));

    [Theory]
    [InlineData("what's my target date for the refund")]
    [InlineData("Target dates for refunds?")]
    [InlineData("the delta between the two prices")]
    [InlineData("booking an appointment for a best-fit buy")]
    [InlineData("how long do i have to return a tent")]
    public void EverydayWordsAndPartsOfNamesAreNotOrganisations(string text) =>
        Assert.Empty(Names.Find(text));

    [Fact]
    public void TheLongestNameWinsAndDuplicatesCountOnce()
    {
        var names = new OrganisationNames(["Bank of America", "America", "Costco"]);

        Assert.Equal(["Bank of America", "costco"], names.Find("Bank of America or costco? bank of america, then Costco"));
    }

    [Fact]
    public void TheShippedListLoadsWithCommentsLeftOut()
    {
        var names = OrganisationNames.Load(Path.Combine(RepositoryPaths.Plugins, "Scope", "organisations.txt"));

        Assert.True(names.Count > 150);
        Assert.Equal(["walmart"], names.Find("walmart holiday return deadline?"));
        Assert.Empty(names.Find("Left out on purpose: brands of products"));
    }

    [Fact]
    public void AMissingFileMeansNone() =>
        Assert.Empty(OrganisationNames.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "organisations.txt")).Find("costco"));
}

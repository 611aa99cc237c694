using SlmAssistant.Routing.Routing;

namespace SlmAssistant.Routing.Tests.Routing;

public class NameCandidatesTests
{
    [Theory]
    [InlineData("What is Amazon's return policy?", "Amazon")]
    [InlineData("Can I return an opened item to Best Buy?", "Best Buy")]
    [InlineData("how do i get records from Kaiser Permanente", "Kaiser Permanente")]
    [InlineData("does REI take back used tents", "REI")]
    [InlineData("I'm done. Does Costco do the same?", "Costco")]
    [InlineData("I bought a tent, does Walmart take it back?", "Walmart")]
    [InlineData("ordered from REI last week", "REI")]
    public void FindsOtherOrganisations(string text, string name) =>
        Assert.Equal([name], NameCandidates.Find(text));

    [Theory]
    [InlineData("Amazon has a return policy, what is yours?")]
    [InlineData("Can I return my new Salomon boots?")]
    [InlineData("got a Garmin Fenix watch for christmas")]
    [InlineData("I bought it at your Boston store on Nov 15")]
    [InlineData("Is the TV covered? What about AI features?")]
    [InlineData("Can I Return A Tent After Thirty Days")]
    [InlineData("I'd like to cancel on Friday in March")]
    [InlineData("how long do i have to return a tent")]
    [InlineData("My $18 Nalgene bottle showed up cracked")]
    [InlineData("how much is the 2-year protection plan for a $500 Garmin GPS")]
    [InlineData("ordered Smartwool socks in blue and got grey ones instead")]
    public void IgnoresCapitalsThatAreNotAnotherOrganisation(string text) =>
        Assert.Empty(NameCandidates.Find(text));

    [Fact]
    public void PunctuationEndsARunAndDuplicatesCountOnce() =>
        Assert.Equal(["Walmart", "Target"], NameCandidates.Find("do Walmart, Target and walmart.com take returns? what about Walmart"));

    [Fact]
    public void PlacesSplitIntoKnownPlaces()
    {
        var places = new PlaceNames(["Melbourne", "Australia", "New York"]);

        Assert.True(places.IsPlace("Melbourne Australia"));
        Assert.True(places.IsPlace("new york"));
        Assert.False(places.IsPlace("Melbourne Outfitters"));
        Assert.False(places.IsPlace("Best Buy"));
    }

    [Theory]
    [InlineData("I'm in Manchester, UK. Is the return shipping on me?", "Manchester", true)]
    [InlineData("we live in Springfield, IL now", "Springfield", true)]
    [InlineData("does Walmart, Target or Costco take returns", "Walmart", false)]
    [InlineData("I'm in Manchester and need help", "Manchester", false)]
    public void ATownFollowedByAKnownPlaceIsAPlace(string text, string name, bool place)
    {
        var places = new PlaceNames(["UK", "IL", "United Kingdom"]);

        Assert.Equal(place, places.IsPlaceIn(name, text));
    }
}

using SlmAssistant.Routing.Routing;

namespace SlmAssistant.Routing.Tests.Routing;

public class EmergencyScreenTests
{
    [Theory]
    [InlineData("my mom has chest pain and is sweating")]
    [InlineData("I can't breathe properly")]
    [InlineData("he took too many sleeping pills")]
    [InlineData("I've been thinking about suicide")]
    [InlineData("I'm going to kill myself")]
    [InlineData("I just want to end my life")]
    [InlineData("my brother is unconscious on the floor")]
    [InlineData("the baby is not breathing")]
    [InlineData("there is severe bleeding from his leg")]
    [InlineData("I think my dad is having a stroke")]
    [InlineData("her lips are turning blue")]
    [InlineData("My friend OD'd")]
    [InlineData("my daughter swallowed a button battery")]
    [InlineData("I’m having a SEIZURE")]
    public void RedFlagPhrasesMatch(string text)
    {
        Assert.NotNull(EmergencyScreen.Match(text));
    }

    [Theory]
    [InlineData("What's the number for poison control?")]
    [InlineData("Can I get a refill of my pain medication?")]
    [InlineData("Should I go to the emergency room or urgent care for a sprained wrist?")]
    [InlineData("How do I cut down on my copay costs?")]
    [InlineData("I hurt my back lifting boxes, can I book a visit this week?")]
    [InlineData("Is there a charge for copies of my health records?")]
    [InlineData("How long does it take to get blood test results?")]
    [InlineData("Do you have appointments for breathing tests?")]
    public void OrdinaryClinicQuestionsDoNotMatch(string text)
    {
        Assert.Null(EmergencyScreen.Match(text));
    }
}

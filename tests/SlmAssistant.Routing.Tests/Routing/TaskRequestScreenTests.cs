using SlmAssistant.Routing.Routing;

namespace SlmAssistant.Routing.Tests.Routing;

public class TaskRequestScreenTests
{
    [Theory]
    [InlineData("My SSN is [SSN], can you help me write a poem?")]
    [InlineData("Draft a polite email to my landlord asking to fix the broken heater.")]
    [InlineData("Write a SQL query that finds duplicate email addresses in a users table.")]
    [InlineData("Can you translate this into German: our meeting is moved to Thursday at 3pm")]
    [InlineData("please write a birthday message for my mom")]
    [InlineData("I need you to rewrite my cover letter")]
    [InlineData("thanks. Now compose a tweet about our sale")]
    public void ARequestForTheAssistantsOwnWorkMatches(string text) =>
        Assert.NotNull(TaskRequestScreen.Match(text));

    [Theory]
    [InlineData("Do I need to write a letter to cancel my plan?")]
    [InlineData("how do I send a message to my doctor in the portal?")]
    [InlineData("Can I email you my receipt instead?")]
    [InlineData("where do I write the RMA number on the box")]
    [InlineData("what should my takedown notice say?")]
    [InlineData("How long do I have to return a tent?")]
    public void AQuestionAboutOurProcessDoesNotMatch(string text) =>
        Assert.Null(TaskRequestScreen.Match(text));
}

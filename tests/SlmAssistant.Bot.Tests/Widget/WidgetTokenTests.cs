using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Bot.Protocol;
using SlmAssistant.Bot.Widget;

namespace SlmAssistant.Bot.Tests.Widget;

public class WidgetTokenTests
{
    [Fact]
    public async Task WidgetTokenIsRefusedUnlessAnonymousTokensAreAllowed()
    {
        await using var host = await BotTestHost.StartAsync(
            new ScriptedAnswerService(), new Dictionary<string, string?> { ["Bot:DirectLine:AllowAnonymousTokens"] = "false" });

        using var response = await host.Client.PostAsJsonAsync(new Uri("api/widget/token", UriKind.Relative), new { });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task WidgetConversationStaysInThePagesDomain()
    {
        var answers = new ScriptedAnswerService();
        await using var host = await BotTestHost.StartAsync(answers);
        var client = new DirectLineClient(host.Client);

        var token = await IssueAsync(host, new { domain = "return-policy" });
        var conversation = await client.StartAsync(token.Token);
        var welcome = Assert.Single((await client.GetActivitiesAsync(conversation.ConversationId, token.Token)).Activities);
        var id = await client.PostMessageAsync(conversation, "Is there a restocking fee?", token.UserId);
        var answer = await client.WaitForActivityAsync(conversation.ConversationId, token.Token, a => a.ReplyToId == id);

        Assert.Equal(token.ConversationId, conversation.ConversationId);
        Assert.StartsWith("web_", token.UserId, StringComparison.Ordinal);
        Assert.Contains("Returns & refunds (Harbor & Pine Outfitters)", welcome.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("clinic", welcome.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, welcome.SuggestedActions!.Actions.Count);
        Assert.Equal("return-policy", answers.Requests.Single().Domain);
        Assert.Equal(token.UserId, answer.Recipient!.Id);
    }

    [Fact]
    public async Task WidgetTokenResumesTheConversationOfAnEarlierTokenEvenAfterItExpired()
    {
        var time = new AdjustableTime();
        await using var host = await BotTestHost.StartAsync(new ScriptedAnswerService(), configureServices: s => s.AddSingleton<TimeProvider>(time));
        var first = await IssueAsync(host, new { });
        await new DirectLineClient(host.Client).StartAsync(first.Token);

        time.Offset = TimeSpan.FromHours(2);
        var resumed = await IssueAsync(host, new { token = first.Token });
        time.Offset = TimeSpan.FromDays(2);
        var tooOld = await IssueAsync(host, new { token = first.Token });

        Assert.True(resumed.Resumed);
        Assert.Equal(first.ConversationId, resumed.ConversationId);
        Assert.False(tooOld.Resumed);
        Assert.NotEqual(first.ConversationId, tooOld.ConversationId);
    }

    [Fact]
    public async Task WidgetTokenForAnUnknownDomainIsRejected()
    {
        await using var host = await BotTestHost.StartAsync(new ScriptedAnswerService());

        using var response = await host.Client.PostAsJsonAsync(new Uri("api/widget/token", UriKind.Relative), new { domain = "astrology" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task WidgetTokensAreRateLimitedPerAddress()
    {
        await using var host = await BotTestHost.StartAsync(
            new ScriptedAnswerService(), new Dictionary<string, string?> { ["Bot:DirectLine:WidgetTokensPerMinute"] = "2" });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await host.Client.PostAsJsonAsync(new Uri("api/widget/token", UriKind.Relative), new { });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.RetryAfter!.Delta);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task PagesOnOtherSitesMayCallTheWidgetAndDirectLineEndpoints()
    {
        await using var host = await BotTestHost.StartAsync(new ScriptedAnswerService());
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "v3/directline/conversations");
        preflight.Headers.Add("Origin", "https://shop.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        using var token = new HttpRequestMessage(HttpMethod.Post, "api/widget/token") { Content = JsonContent.Create(new { }) };
        token.Headers.Add("Origin", "https://shop.example");

        using var preflightResponse = await host.Client.SendAsync(preflight);
        using var tokenResponse = await host.Client.SendAsync(token);

        Assert.Equal(HttpStatusCode.NoContent, preflightResponse.StatusCode);
        Assert.Equal("*", preflightResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Authorization", preflightResponse.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.Ordinal);
        Assert.Equal("*", tokenResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    private static async Task<WidgetTokenResponse> IssueAsync(BotTestHost host, object body)
    {
        using var response = await host.Client.PostAsJsonAsync(new Uri("api/widget/token", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<WidgetTokenResponse>(ProtocolJson.Options))!;
    }
}

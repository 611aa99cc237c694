using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Bot.Protocol;
using SlmAssistant.Bot.Turns;

namespace SlmAssistant.Bot.Tests.Channel;

/// <summary>
/// /api/messages without channel authentication (Bot:AllowUnauthenticated, the shipped default): the caller names the
/// serviceUrl, so the host must not post replies anywhere but inline or to loopback.
/// </summary>
public sealed class UnauthenticatedReplyTargetTests : IAsyncLifetime
{
    private readonly ScriptedAnswerService _answers = new();
    private RequestTrap _trap = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _trap = await RequestTrap.StartAsync();
        _host = await BotTestHost.StartAsync(_answers);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _trap.DisposeAsync();
    }

    [Theory]
    [InlineData("http://0.0.0.0:{0}/internal-api")]
    [InlineData("http://0.0.0.0:{0}/")]
    public async Task ServiceUrlThatIsNotALoopbackLiteralGetsNoReplyAndTheListenerHearsNothing(string serviceUrlFormat)
    {
        // 0.0.0.0 reaches this machine's 127.0.0.1 listeners on Linux: the shape of an internal address a caller picks.
        var serviceUrl = string.Format(System.Globalization.CultureInfo.InvariantCulture, serviceUrlFormat, _trap.Port);
        var question = ChannelActivities.Message("When will I get my refund?", "conv-ssrf", serviceUrl, expectReplies: false);

        using var response = await _host.Client.PostAsJsonAsync("api/messages", question, ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("expectReplies", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Eventually.GetAsync(() => Task.FromResult(_host.Services.GetRequiredService<BotTurnDispatcher>().Pending), p => p == 0);
        Assert.Empty(_trap.Requests);
        Assert.Empty(await _host.Store.GetActivitiesAsync("conv-ssrf", 0, 10));
    }

    [Fact]
    public async Task LoopbackServiceUrlStillGetsTheRepliesForTheEmulator()
    {
        var question = ChannelActivities.Message("When will I get my refund?", "conv-emulator", $"http://127.0.0.1:{_trap.Port}/", expectReplies: false);

        using var response = await _host.Client.PostAsJsonAsync("api/messages", question, ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.GetAsync(() => Task.FromResult(_trap.Requests.Count), count => count >= 2);
        Assert.All(_trap.Requests, r => Assert.StartsWith("POST /v3/conversations/conv-emulator/activities", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExpectRepliesIsAnsweredInlineWhateverTheServiceUrl()
    {
        var question = ChannelActivities.Message("When will I get my refund?", "conv-inline", "http://169.254.169.254/latest/");

        using var response = await _host.Client.PostAsJsonAsync("api/messages", question, ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options);
        Assert.Single(replies!.Activities);
    }
}

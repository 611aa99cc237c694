using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Bot.Protocol;
using SlmAssistant.Bot.Turns;

namespace SlmAssistant.Bot.Tests.Channel;

/// <summary>
/// The full Bot Framework round trip on this machine: a channel token from a local OpenID issuer, replies posted to a
/// local connector with a token MSAL obtained from a local token endpoint by client credentials.
/// </summary>
public sealed class ConnectorReplyTests : IAsyncLifetime
{
    private const string AppId = "0d7c5a2e-1b3f-4e6a-9c8d-7f6e5d4c3b2a";
    private const string AppPassword = "app-password";
    private const string Tenant = "contoso.example";

    private readonly ScriptedAnswerService _answers = new();
    private TestJwtIssuer _issuer = null!;
    private FakeTokenServer _tokens = null!;
    private ConnectorRecorder _connector = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _issuer = await TestJwtIssuer.StartAsync();
        _tokens = await FakeTokenServer.StartAsync();
        _connector = await ConnectorRecorder.StartAsync();
        _host = await BotTestHost.StartAsync(
            _answers,
            new Dictionary<string, string?>
            {
                ["Bot:MicrosoftAppId"] = AppId,
                ["Bot:MicrosoftAppPassword"] = AppPassword,
                ["Bot:MicrosoftAppTenantId"] = Tenant,
                ["Bot:TokenAuthority"] = _tokens.Authority(Tenant),
                ["Bot:OpenIdMetadataUrl"] = _issuer.MetadataUrl,
                ["Bot:TeamsStreamingIntervalMilliseconds"] = "0",
            },
            _tokens.Trust);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _tokens.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task RepliesArePostedToTheServiceUrlWithAClientCredentialsToken()
    {
        var question = ChannelActivities.Message("When will I get my refund?", "conv/with:odd chars", _connector.ServiceUrl.ToString(), expectReplies: false);

        using var response = await PostAsync(question);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var typing = await _connector.NextAsync();
        var answer = await _connector.NextAsync();
        Assert.Equal(ActivityTypes.Typing, typing.Activity.Type);
        Assert.Equal(ActivityTypes.Message, answer.Activity.Type);
        Assert.StartsWith("/v3/conversations/conv%2Fwith", answer.Path, StringComparison.Ordinal);
        Assert.Equal("conv/with:odd chars", Uri.UnescapeDataString(answer.ConversationId));
        Assert.Equal(question.Id, answer.ReplyToId);
        Assert.Equal($"Bearer {FakeTokenServer.AccessToken}", answer.Authorization);

        // One token request (MSAL caches the token), for the Bot Framework scope, by client credentials.
        var tokenRequest = Assert.Single(_tokens.Requests);
        Assert.Equal("client_credentials", tokenRequest["grant_type"]);
        Assert.Equal(AppId, tokenRequest["client_id"]);
        Assert.Equal(AppPassword, tokenRequest["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest["scope"]);

        // The reply is in the transcript under the id the connector gave it.
        var transcript = await Eventually.GetAsync(() => _host.Store.GetActivitiesAsync("conv/with:odd chars", 0, 10), t => t.Count == 2);
        Assert.Equal([question.Id, answer.AssignedId], transcript.Select(a => a.Activity.Id));
    }

    [Fact]
    public async Task TeamsGetsTheAnswerLivestreamedUnderTheIdOfItsFirstActivity()
    {
        _answers.Deltas = ["Electronics can be returned ", "within 15 days [1]. ", "Refunds take 5 to 7 business days [2]."];
        var question = ChannelActivities.Message("When will I get my refund?", "a:teams-1", _connector.ServiceUrl.ToString(), expectReplies: false, channelId: "msteams");

        using var response = await PostAsync(question);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var informative = await _connector.NextAsync();
        var update1 = await _connector.NextAsync();
        var update2 = await _connector.NextAsync();
        var final = await _connector.NextAsync();
        Assert.Equal("informative", informative.Activity.ChannelData!.Value.GetProperty("streamType").GetString());
        Assert.Equal("streaming", update1.Activity.ChannelData!.Value.GetProperty("streamType").GetString());
        Assert.Equal(informative.AssignedId, update1.Activity.ChannelData!.Value.GetProperty("streamId").GetString());
        Assert.Equal("Electronics can be returned within 15 days [1]. ", update1.Activity.Text);
        Assert.Equal(3, update2.Activity.ChannelData!.Value.GetProperty("streamSequence").GetInt32());
        var streamInfo = final.Activity.Entities!.Single(e => e.Type == StreamInfo.EntityType);
        Assert.Equal("final", streamInfo.GetString("streamType"));
        Assert.Equal(informative.AssignedId, streamInfo.GetString("streamId"));
    }

    [Fact]
    public async Task TokenWithoutAServiceUrlClaimIsForbiddenAndNothingIsPosted()
    {
        var question = ChannelActivities.Message("When will I get my refund?", "conv-no-claim", _connector.ServiceUrl.ToString(), expectReplies: false);

        using var response = await PostAsync(question, _issuer.CreateToken(AppId, serviceUrl: null));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await Eventually.GetAsync(() => Task.FromResult(_host.Services.GetRequiredService<BotTurnDispatcher>().Pending), p => p == 0);
        Assert.Empty(_connector.All);
        Assert.Empty(_tokens.Requests);
    }

    private Task<HttpResponseMessage> PostAsync(Activity activity) => PostAsync(activity, _issuer.CreateToken(AppId, activity.ServiceUrl));

    private async Task<HttpResponseMessage> PostAsync(Activity activity, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = JsonContent.Create(activity, options: ProtocolJson.Options),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _host.Client.SendAsync(request);
    }
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Bot.DirectLine;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Tests.DirectLine;

public sealed class DirectLineTokenTests : IAsyncLifetime
{
    private readonly AdjustableTime _time = new();
    private BotTestHost _host = null!;
    private DirectLineClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await BotTestHost.StartAsync(new ScriptedAnswerService(), configureServices: s => s.AddSingleton<TimeProvider>(_time));
        _client = new DirectLineClient(_host.Client);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GeneratingATokenTakesTheSecret()
    {
        using var anonymous = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", null);
        using var wrong = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", "not-the-secret");
        using var generated = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", BotTestHost.DirectLineSecret);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var token = (await generated.Content.ReadFromJsonAsync<DirectLineTokenResponse>(ProtocolJson.Options))!;
        Assert.False(string.IsNullOrEmpty(token.ConversationId));
        Assert.StartsWith("dl1.", token.Token, StringComparison.Ordinal);
        Assert.Equal(1800, token.ExpiresIn);
    }

    [Fact]
    public async Task RefreshedTokenOpensTheSameConversation()
    {
        var token = await GenerateAsync();

        using var refreshed = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token.Token);
        using var withSecret = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", BotTestHost.DirectLineSecret);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var renewed = (await refreshed.Content.ReadFromJsonAsync<DirectLineTokenResponse>(ProtocolJson.Options))!;
        Assert.Equal(token.ConversationId, renewed.ConversationId);
        var conversation = await _client.StartAsync(renewed.Token);
        Assert.Equal(token.ConversationId, conversation.ConversationId);
        Assert.Equal(HttpStatusCode.Forbidden, withSecret.StatusCode);
    }

    [Fact]
    public async Task TokenOpensOnlyItsOwnConversation()
    {
        var mine = await _client.StartAsync((await GenerateAsync()).Token);
        var other = await _client.StartAsync(BotTestHost.DirectLineSecret);
        var message = new Activity { Type = ActivityTypes.Message, Text = "Hi" };

        using var get = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{other.ConversationId}/activities", mine.Token);
        using var post = await _client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{other.ConversationId}/activities", mine.Token, message);
        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{other.ConversationId}?watermark=", mine.Token);
        using var own = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{mine.ConversationId}/activities", mine.Token);

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task ExpiredTokenIsForbiddenAndAnythingElseUnauthorized()
    {
        var conversation = await _client.StartAsync((await GenerateAsync()).Token);
        var path = $"v3/directline/conversations/{conversation.ConversationId}/activities";
        var forged = conversation.Token![..^4] + (conversation.Token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        using var missing = await _client.SendAsync(HttpMethod.Get, path, null);
        using var garbage = await _client.SendAsync(HttpMethod.Get, path, "garbage");
        using var tampered = await _client.SendAsync(HttpMethod.Get, path, forged);
        _time.Offset = TimeSpan.FromMinutes(31);
        using var expired = await _client.SendAsync(HttpMethod.Get, path, conversation.Token);
        using var refresh = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", conversation.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task StartingAgainWithTheTokenResumesTheConversationWithoutAnotherWelcome()
    {
        var token = await GenerateAsync();

        using var first = await _client.SendAsync(HttpMethod.Post, "v3/directline/conversations", token.Token);
        using var second = await _client.SendAsync(HttpMethod.Post, "v3/directline/conversations", token.Token);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var resumed = (await second.Content.ReadFromJsonAsync<DirectLineConversation>(ProtocolJson.Options))!;
        Assert.Equal(token.ConversationId, resumed.ConversationId);
        var activities = await _client.GetActivitiesAsync(token.ConversationId, token.Token);
        Assert.Single(activities.Activities);
    }

    private async Task<DirectLineTokenResponse> GenerateAsync()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", BotTestHost.DirectLineSecret);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DirectLineTokenResponse>(ProtocolJson.Options))!;
    }
}

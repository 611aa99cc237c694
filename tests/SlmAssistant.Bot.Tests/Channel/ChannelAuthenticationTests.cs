using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Tests.Channel;

public sealed class ChannelAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f";
    private const string ServiceUrl = "http://127.0.0.1:9/";

    private TestJwtIssuer _issuer = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _issuer = await TestJwtIssuer.StartAsync();
        _host = await BotTestHost.StartAsync(
            new ScriptedAnswerService(),
            new Dictionary<string, string?>
            {
                ["Bot:MicrosoftAppId"] = AppId,
                ["Bot:MicrosoftAppPassword"] = "unused-here",
                ["Bot:OpenIdMetadataUrl"] = _issuer.MetadataUrl,
            },
            map: app => app.MapGet("/whoami", (HttpContext http) => http.User.Identity?.IsAuthenticated == true ? "channel" : "anonymous"));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task TokenSignedWithTheChannelsKeyIsAccepted()
    {
        using var response = await PostAsync(_issuer.CreateToken(AppId, ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options);
        Assert.Single(replies!.Activities);
    }

    [Theory]
    [InlineData("wrong audience")]
    [InlineData("wrong issuer")]
    [InlineData("expired")]
    [InlineData("unsigned")]
    [InlineData("signed with another key")]
    [InlineData("not a token")]
    public async Task InvalidTokenIsRejected(string problem)
    {
        var token = problem switch
        {
            "wrong audience" => _issuer.CreateToken("11111111-2222-3333-4444-555555555555", ServiceUrl),
            "wrong issuer" => _issuer.CreateToken(AppId, ServiceUrl, issuer: "https://sts.windows.net/evil/"),
            "expired" => _issuer.CreateToken(AppId, ServiceUrl, expiresIn: TimeSpan.FromHours(-1)),
            "unsigned" => _issuer.CreateToken(AppId, ServiceUrl, withSignature: false),
            "signed with another key" => _issuer.CreateToken(AppId, ServiceUrl, signWithUnknownKey: true),
            _ => "garbage",
        };

        using var response = await PostAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        var problemDetails = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.StartsWith("The bearer token was rejected:", problemDetails!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingTokenIsRejected()
    {
        using var response = await PostAsync(null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Contains("bearer token is required", problem!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenForAnotherServiceUrlIsForbidden()
    {
        using var response = await PostAsync(_issuer.CreateToken(AppId, "https://smba.trafficmanager.net/emea/"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ChannelTokensMeanNothingOutsideTheChannelEndpoint()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "whoami");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _issuer.CreateToken(AppId, ServiceUrl));

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal("anonymous", await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> PostAsync(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = JsonContent.Create(ChannelActivities.Message("When will I get my refund?", "conv-auth", ServiceUrl), options: ProtocolJson.Options),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _host.Client.SendAsync(request);
    }
}

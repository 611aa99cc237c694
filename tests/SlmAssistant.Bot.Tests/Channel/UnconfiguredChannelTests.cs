using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Tests.Channel;

public class UnconfiguredChannelTests
{
    [Fact]
    public async Task WithoutAppIdOrAllowUnauthenticatedTheEndpointSaysWhatToConfigure()
    {
        await using var host = await BotTestHost.StartAsync(
            new ScriptedAnswerService(), new Dictionary<string, string?> { ["Bot:AllowUnauthenticated"] = "false" });

        using var response = await host.Client.PostAsJsonAsync(
            new Uri("api/messages", UriKind.Relative), ChannelActivities.Message("Hi", "conv-closed"), ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Contains("Bot:MicrosoftAppId", problem!.Detail, StringComparison.Ordinal);
        Assert.Contains("Bot:AllowUnauthenticated", problem.Detail, StringComparison.Ordinal);
    }
}

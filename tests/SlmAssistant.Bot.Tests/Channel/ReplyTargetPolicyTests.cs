using System.Net;
using System.Security.Claims;
using SlmAssistant.Bot.Channel;

namespace SlmAssistant.Bot.Tests.Channel;

public sealed class ReplyTargetPolicyTests
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    [Theory]
    [InlineData("http://localhost:3978/", true)]
    [InlineData("http://127.0.0.1:5399/internal-api", true)]
    [InlineData("http://127.8.9.10/", true)]
    [InlineData("http://[::1]:3978/", true)]
    [InlineData("http://[::ffff:127.0.0.1]/", true)]
    [InlineData("http://0.0.0.0:5399/", false)]
    [InlineData("http://10.0.0.5/", false)]
    [InlineData("http://192.168.1.1/", false)]
    [InlineData("http://169.254.169.254/latest/meta-data/", false)]
    [InlineData("http://localhost.example.com/", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("not a url", false)]
    public void OnlyLoopbackLiteralsAndLocalhostCountAsLoopback(string url, bool loopback) =>
        Assert.Equal(loopback, ReplyTargetPolicy.IsLoopback(url));

    [Fact]
    public void UnauthenticatedCallerFromAnotherMachineGetsInlineRepliesOnly()
    {
        var remote = IPAddress.Parse("203.0.113.7");

        Assert.NotNull(ReplyTargetPolicy.Refusal(false, Anonymous, "http://127.0.0.1:3978/", expectReplies: false, remote));
        Assert.Null(ReplyTargetPolicy.Refusal(false, Anonymous, "http://127.0.0.1:3978/", expectReplies: true, remote));
        Assert.Null(ReplyTargetPolicy.Refusal(false, Anonymous, "http://127.0.0.1:3978/", expectReplies: false, IPAddress.Loopback));
    }

    [Fact]
    public void AuthenticatedRepliesGoOnlyToTheServiceUrlOfTheToken()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("serviceurl", "https://smba.trafficmanager.net/emea/")], "BotFramework"));

        Assert.Null(ReplyTargetPolicy.Refusal(true, user, "https://smba.trafficmanager.net/emea", expectReplies: false, IPAddress.Loopback));
        Assert.NotNull(ReplyTargetPolicy.Refusal(true, user, "http://127.0.0.1:5399/", expectReplies: false, IPAddress.Loopback));
        Assert.NotNull(ReplyTargetPolicy.Refusal(true, Anonymous, "https://smba.trafficmanager.net/emea/", expectReplies: false, IPAddress.Loopback));
    }
}

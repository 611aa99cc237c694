using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlmAssistant.Bot.DirectLine;

namespace SlmAssistant.Bot.Auth;

/// <summary>Says at startup how the bot's endpoints are protected, loudly when they are not.</summary>
public sealed class BotStartupReport(IOptions<BotOptions> bot, IOptions<DirectLineOptions> directLine, ILogger<BotStartupReport> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = bot.Value;
        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppId))
        {
            logger.LogInformation("/api/messages accepts Bot Framework tokens for app {AppId}", options.MicrosoftAppId);
            if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                logger.LogWarning("Bot:MicrosoftAppPassword is not set: replies to Bot Framework channels will fail");
            }
        }
        else if (options.AllowUnauthenticated)
        {
            logger.LogWarning(
                "/api/messages accepts UNAUTHENTICATED requests (Bot:AllowUnauthenticated=true, no Bot:MicrosoftAppId): use this for local development only. "
                + "Replies go only inline (deliveryMode \"expectReplies\") or to a loopback serviceUrl; set Bot:MicrosoftAppId for Azure Bot Service channels");
        }
        else
        {
            logger.LogInformation("/api/messages is closed: set Bot:MicrosoftAppId (or Bot:AllowUnauthenticated=true for local development)");
        }

        if (directLine.Value.AllowAnonymousTokens)
        {
            logger.LogInformation("The website widget may start conversations without the Direct Line secret (Bot:DirectLine:AllowAnonymousTokens)");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

namespace SlmAssistant.Bot.Channel;

/// <summary>The bearer token replies are posted with; null when the bot has no app id (local channels, the emulator).</summary>
public interface IBotTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}

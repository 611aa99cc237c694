using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Bot.Conversations;

/// <summary>Applies the conversations' retention (<see cref="ConversationRetention.ApplyAsync"/>) at start and every Conversations:RetentionInterval.</summary>
public sealed partial class ConversationRetentionService(
    ConversationRetention retention, IOptions<ConversationsOptions> options, TimeProvider time, ILogger<ConversationRetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionInterval, time);
        do
        {
            try
            {
                var purged = await retention.ApplyAsync(stoppingToken);
                if (purged.Total > 0)
                {
                    LogPurged(purged.Conversations, purged.Activities, purged.Answers, purged.Feedback, purged.Originals, purged.Questions);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention deleted {Conversations} conversations, {Activities} activities, {Answers} answers, {Feedback} feedback, {Originals} originals and cleared {Questions} ledger questions")]
    private partial void LogPurged(int conversations, int activities, int answers, int feedback, int originals, int questions);

    [LoggerMessage(Level = LogLevel.Error, Message = "Applying the conversations' retention failed; it runs again at the next interval")]
    private partial void LogFailed(Exception exception);
}

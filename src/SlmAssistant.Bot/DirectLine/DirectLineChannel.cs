using Microsoft.Extensions.Options;
using SlmAssistant.Bot.Conversations;
using SlmAssistant.Bot.Protocol;
using SlmAssistant.Bot.Turns;

namespace SlmAssistant.Bot.DirectLine;

/// <summary>
/// The Direct Line channel this host serves: conversations start (and are greeted) here, user activities are
/// recorded, streamed and handed to the bot, and the bot's replies come back the same way. Appending and streaming
/// happen under a per-conversation lock, so streams see activities in watermark order.
/// </summary>
public sealed class DirectLineChannel(
    IConversationStore store,
    DirectLineHub hub,
    CustomerServiceBot bot,
    BotTurnDispatcher dispatcher,
    IOptions<BotOptions> options,
    TimeProvider time)
{
    public const string ChannelId = "directline";
    public const string DefaultUserId = "user";

    private readonly KeyedLock _locks = new();

    public ChannelAccount BotAccount => new("bot", options.Value.BotName, "bot");

    /// <summary>Opens the conversation: the first call greets the user, later calls (a resumed page) change nothing.</summary>
    /// <returns>Whether this call started it.</returns>
    public async Task<bool> StartAsync(ConversationInfo conversation, string? userId, CancellationToken cancellationToken)
    {
        if (!await store.TryMarkStartedAsync(conversation.Id, cancellationToken))
        {
            return false;
        }

        var user = new ChannelAccount(userId ?? conversation.UserId ?? DefaultUserId, Role: "user");
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = ChannelId,
            Conversation = new ConversationAccount(conversation.Id),
            From = user,
            Recipient = BotAccount,
            MembersAdded = [user],
            Timestamp = time.GetUtcNow(),
        };
        await bot.OnTurnAsync(new BotTurn(update, conversation, 0, new DirectLineSink(this, conversation.Id)), cancellationToken);
        return true;
    }

    /// <summary>Records a user's activity, streams it back (clients wait for the echo) and hands it to the bot.</summary>
    /// <returns>The id the activity was given.</returns>
    public async Task<string> PostAsync(ConversationInfo conversation, Activity activity, string? userId, CancellationToken cancellationToken)
    {
        activity.Id = null;
        activity.Timestamp = time.GetUtcNow();
        activity.ChannelId = ChannelId;
        activity.Conversation = new ConversationAccount(conversation.Id);
        activity.Recipient = BotAccount;
        var sender = activity.From ?? new ChannelAccount(DefaultUserId);
        activity.From = sender with { Id = userId ?? sender.Id ?? conversation.UserId ?? DefaultUserId, Role = "user" };

        if (activity.Type == ActivityTypes.Typing)
        {
            return Transient(conversation.Id, activity);
        }

        var stored = await AppendAsync(conversation.Id, activity, ActivityDirection.Incoming, cancellationToken);
        var sink = new DirectLineSink(this, conversation.Id);
        dispatcher.Dispatch(conversation.Id, token => bot.OnTurnAsync(new BotTurn(activity, conversation, stored.Watermark, sink), token));
        return activity.Id!;
    }

    /// <summary>Sends a bot activity into the conversation: kept and streamed, or only streamed when it is typing.</summary>
    public async Task<string> SendFromBotAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        activity.Timestamp = time.GetUtcNow();
        activity.ChannelId = ChannelId;
        activity.Conversation = new ConversationAccount(conversationId);
        if (activity.Type == ActivityTypes.Typing)
        {
            return Transient(conversationId, activity);
        }

        activity.Id = null;
        await AppendAsync(conversationId, activity, ActivityDirection.Outgoing, cancellationToken);
        return activity.Id!;
    }

    // Typing (and livestream updates) are not kept: a transcript replays answers, not how they were typed.
    private string Transient(string conversationId, Activity activity)
    {
        activity.Id = $"{conversationId}|t{Guid.NewGuid():N}";
        StreamInfo.StampOpening(activity, activity.Id);
        hub.Publish(conversationId, activity, null);
        return activity.Id;
    }

    private async Task<StoredActivity> AppendAsync(string conversationId, Activity activity, ActivityDirection direction, CancellationToken cancellationToken)
    {
        using var held = await _locks.AcquireAsync(conversationId, cancellationToken);
        var stored = await store.AppendAsync(conversationId, activity, direction, cancellationToken);
        hub.Publish(conversationId, stored.Activity, stored.Watermark);
        return stored;
    }
}

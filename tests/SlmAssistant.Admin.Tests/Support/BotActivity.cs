using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Ledger;
using SlmAssistant.Bot.Conversations;
using SlmAssistant.Bot.Protocol;
using SlmAssistant.Routing.Cloud;
using SlmAssistant.Routing.Ledger;
using SlmAssistant.Routing.Redaction;
using SlmAssistant.Storage;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Admin.Tests.Support;

/// <summary>
/// Writes into a data directory's knowledge.db through the producers' own code: the bot's
/// <see cref="SqliteConversationStore"/> (conversations, messages, answers, feedback) and the routing
/// <see cref="AnswerLedger"/>, so the console is tested against the tables as they really are.
/// </summary>
public sealed class BotActivity
{
    private readonly SettableTime _time;
    private readonly SqliteConversationStore _store;
    private readonly AnswerLedger _ledger;

    public BotActivity(string dataDirectory, DateTimeOffset now)
    {
        _time = new SettableTime(now);
        var database = new SqliteDatabase(Path.Combine(dataDirectory, DataDirectoryOptions.DatabaseFileName));
        var conversations = new ConversationDatabase(database);
        var data = Options.Create(new DataDirectoryOptions { DataDirectory = dataDirectory });
        _store = new SqliteConversationStore(
            conversations,
            new TranscriptRedactor(new PiiRedactor(), conversations, data),
            new ConversationOriginals(conversations, Options.Create(new ConversationsOptions()), new EphemeralDataProtectionProvider(), _time),
            _time);
        var ledger = Options.Create(new LedgerOptions { StoreQuestions = true });
        // Cloud turns priced like the all-cloud reference (0.15/0.60 per million), so the saving is exactly what the
        // local answers would have cost in the cloud.
        var escalation = Options.Create(new EscalationOptions { InputPricePerMillion = 0.15m, OutputPricePerMillion = 0.60m });
        _ledger = new AnswerLedger(new LedgerDatabase(database), new CostEstimator(escalation, ledger), new QuestionHash(ledger, data), new PiiRedactor(), ledger, _time);
    }

    /// <summary>The demo data set: two weeks of ledger turns and three conversations, one disliked, two unanswered.</summary>
    public static async Task SeedAsync(string dataDirectory, DateTimeOffset now)
    {
        var bot = new BotActivity(dataDirectory, now);
        for (var daysAgo = 13; daysAgo >= 0; daysAgo--)
        {
            var questions = 6 + ((daysAgo * 7) % 9);
            for (var i = 0; i < questions; i++)
            {
                var route = i % 5 == 0 ? Route.Cloud : i % 11 == 0 ? Route.Handoff : Route.Local;
                await bot.LedgerAsync(now.AddDays(-daysAgo), route, route == Route.Cloud ? AnswerMode.Cloud : AnswerMode.Extractive);
            }
        }

        await bot.TurnAsync("c1", now.AddHours(-5), "How long is the Glacier tent warranty?", "The Glacier tent is covered for seven years.", found: true, reaction: "like");
        await bot.TurnAsync("c2", now.AddHours(-3), "Can I bring my dog on a kayak?", "I don't know the answer to that from our documents.", found: false, reaction: "dislike", comment: "It should know this");
        await bot.TurnAsync("c3", now.AddHours(-1), "Can I bring my dog on a kayak?", "I don't know the answer to that from our documents.", found: false);
    }

    /// <summary>One question and the bot's answer, stored as the bot's turn handler stores them, and the user's rating.</summary>
    /// <returns>The answer's id.</returns>
    public async Task<string> TurnAsync(
        string conversationId, DateTimeOffset at, string question, string answer, bool found,
        string? reaction = null, string? comment = null, Route route = Route.Local, AnswerMode mode = AnswerMode.Extractive, string? domain = "outdoor")
    {
        _time.Now = at;
        await _store.EnsureConversationAsync(conversationId, ConversationOrigin.Messages, "webchat", domain, "user-1");
        var asked = await _store.AppendAsync(conversationId, Message(question, "user-1", null), ActivityDirection.Incoming);
        await _store.AppendAsync(conversationId, new Activity { Type = ActivityTypes.Typing, ReplyToId = asked.Activity.Id }, ActivityDirection.Outgoing);
        var replied = await _store.AppendAsync(conversationId, Message(answer, "bot", asked.Activity.Id), ActivityDirection.Outgoing);
        var answerId = Guid.NewGuid().ToString("N");
        await _store.SaveAnswerAsync(new AnswerRecord(
            answerId, conversationId, replied.Activity.Id, question, answer, route.ToWire(), mode.ToWire(), domain, found ? 0.8 : 0.1, found, [], at));
        if (reaction is not null)
        {
            await _store.SaveFeedbackAsync(new FeedbackRecord(conversationId, answerId, replied.Activity.Id, reaction, comment, at.AddMinutes(1)));
        }

        return answerId;
    }

    public async Task LedgerAsync(DateTimeOffset at, Route route, AnswerMode mode)
    {
        _time.Now = at;
        await _ledger.RecordAsync(new LedgerTurn(
            "How long is the Glacier tent warranty?", "Seven years.", route, mode, "outdoor", new TokenUsage(900, 120), TimeSpan.FromMilliseconds(300)));
    }

    private static Activity Message(string text, string from, string? replyTo) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        ReplyToId = replyTo,
        From = new ChannelAccount(from),
    };
}

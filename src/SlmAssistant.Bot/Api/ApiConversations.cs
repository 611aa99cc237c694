using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Bot.Conversations;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Api;

/// <summary>
/// Conversations for callers of the JSON API and the CLI: each question is answered with the conversation's earlier
/// turns (so "and if I lost the receipt?" follows on), and both turns are kept in the conversation store under the
/// channel "api", like any channel's transcript. A conversation id is issued on the first question.
/// </summary>
public sealed class ApiConversations(IAnswerService answers, IConversationStore store, IOptions<BotOptions> options, TimeProvider time)
{
    public const string ChannelId = "api";

    /// <returns>The answer with its conversation id; null when <paramref name="conversationId"/> names no API conversation.</returns>
    public async Task<AnswerResult?> AskAsync(string question, string? domain, string? conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        ConversationInfo conversation;
        if (conversationId is null)
        {
            conversation = await store.EnsureConversationAsync(
                $"api-{Guid.NewGuid():N}", ConversationOrigin.Api, ChannelId, domain, cancellationToken: cancellationToken);
        }
        else if (await store.FindConversationAsync(conversationId, cancellationToken) is { Origin: ConversationOrigin.Api, ChannelId: ChannelId } existing)
        {
            conversation = existing;
        }
        else
        {
            return null;
        }

        var asked = await store.AppendAsync(conversation.Id, Message(conversation.Id, question, fromUser: true), ActivityDirection.Incoming, cancellationToken);
        var history = await store.GetHistoryAsync(conversation.Id, asked.Watermark, options.Value.HistoryTurns, cancellationToken);
        var result = await answers.AnswerAsync(
            new AnswerRequest(question, domain ?? conversation.Domain) { History = history }, cancellationToken);
        var answer = Message(conversation.Id, result.Answer, fromUser: false);
        answer.ReplyToId = asked.Activity.Id;
        await store.AppendAsync(conversation.Id, answer, ActivityDirection.Outgoing, cancellationToken);
        await store.SaveAnswerAsync(
            new AnswerRecord(
                Guid.NewGuid().ToString("N"), conversation.Id, answer.Id, question, result.Answer, result.Route.ToWire(), result.Mode.ToWire(), result.Domain,
                result.Confidence, result.Found, result.Citations, time.GetUtcNow()),
            cancellationToken);
        return result with { ConversationId = conversation.Id };
    }

    private Activity Message(string conversationId, string text, bool fromUser) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        Conversation = new ConversationAccount(conversationId),
        From = fromUser ? new ChannelAccount("api-user", Role: "user") : new ChannelAccount("bot", options.Value.BotName, "bot"),
        Text = text,
        Timestamp = time.GetUtcNow(),
    };
}

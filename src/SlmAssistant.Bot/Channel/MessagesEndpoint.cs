using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SlmAssistant.Bot.Auth;
using SlmAssistant.Bot.Conversations;
using SlmAssistant.Bot.Protocol;
using SlmAssistant.Bot.Turns;

namespace SlmAssistant.Bot.Channel;

/// <summary>
/// POST /api/messages: the Bot Framework channel endpoint. Invokes and expectReplies are answered in the response;
/// everything else is acknowledged at once and handled in the background, its replies posted to the channel.
/// </summary>
public static class MessagesEndpoint
{
    public static async Task<Results<Ok, JsonHttpResult<ExpectedReplies>, JsonHttpResult<object>, ProblemHttpResult>> HandleAsync(
        HttpContext http,
        IOptions<BotOptions> options,
        IConversationStore store,
        CustomerServiceBot bot,
        BotTurnDispatcher dispatcher,
        ConnectorClient connector,
        CancellationToken cancellationToken)
    {
        var read = await ActivityReader.ReadAsync(http.Request, options.Value.MaxActivityBytes, cancellationToken);
        if (read.Activity is not { } activity)
        {
            return Problem(read.Status, read.Error!);
        }

        if (activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return Problem(StatusCodes.Status400BadRequest, "The activity has no conversation.id.");
        }

        var expectReplies = activity.DeliveryMode == DeliveryModes.ExpectReplies;
        if (!expectReplies && string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return Problem(StatusCodes.Status400BadRequest, "The activity has no serviceUrl to reply to (or send deliveryMode \"expectReplies\").");
        }

        var authenticated = !string.IsNullOrWhiteSpace(options.Value.MicrosoftAppId);
        if (ReplyTargetPolicy.Refusal(authenticated, http.User, activity.ServiceUrl, expectReplies, http.Connection.RemoteIpAddress) is { } refusal)
        {
            return Problem(StatusCodes.Status403Forbidden, refusal);
        }

        var channelId = activity.ChannelId ?? "unknown";
        var conversation = await store.EnsureConversationAsync(
            conversationId, ConversationOrigin.Messages, channelId, options.Value.DefaultDomain, activity.From?.Id, cancellationToken);
        if (!conversation.BelongsTo(ConversationOrigin.Messages, channelId))
        {
            return Problem(StatusCodes.Status403Forbidden, "The conversation belongs to another channel.");
        }

        var watermark = 0L;
        if (activity.Type != ActivityTypes.Typing)
        {
            watermark = (await store.AppendAsync(conversationId, activity, ActivityDirection.Incoming, cancellationToken)).Watermark;
        }

        if (expectReplies)
        {
            var replies = new ExpectRepliesSink(store, conversationId);
            var response = await bot.OnTurnAsync(new BotTurn(activity, conversation, watermark, replies), cancellationToken);
            return response is null ? TypedResults.Json(new ExpectedReplies(replies.Replies), ProtocolJson.Options) : Invoke(response);
        }

        var streaming = options.Value.StreamingChannels.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase);
        var sink = new ConnectorSink(connector, store, conversationId, streaming);
        if (activity.Type == ActivityTypes.Invoke)
        {
            var response = await bot.OnTurnAsync(new BotTurn(activity, conversation, watermark, sink), cancellationToken);
            return Invoke(response ?? InvokeResponse.Ok());
        }

        dispatcher.Dispatch(conversationId, token => bot.OnTurnAsync(new BotTurn(activity, conversation, watermark, sink), token));
        return TypedResults.Ok();
    }

    private static JsonHttpResult<object> Invoke(InvokeResponse response) =>
        TypedResults.Json(response.Body, ProtocolJson.Options, statusCode: response.Status);

    private static ProblemHttpResult Problem(int status, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: status switch
        {
            StatusCodes.Status413PayloadTooLarge => "Activity too large",
            StatusCodes.Status403Forbidden => "Forbidden",
            _ => "The activity could not be read",
        });
}

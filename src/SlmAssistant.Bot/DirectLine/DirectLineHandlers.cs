using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using SlmAssistant.Bot.Channel;
using SlmAssistant.Bot.Conversations;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.DirectLine;

/// <summary>The Direct Line 3.0 operations. Each checks its bearer (secret or conversation token) first.</summary>
public static class DirectLineHandlers
{
    public static readonly TimeSpan StreamTokenLifetime = TimeSpan.FromMinutes(2);

    public static async Task<IResult> GenerateTokenAsync(
        HttpContext http,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] DirectLineTokenRequest? request,
        DirectLineAuthorizer authorizer,
        DirectLineTokenService tokens,
        IConversationStore store,
        IOptions<DirectLineOptions> options,
        IOptions<BotOptions> bot,
        CancellationToken cancellationToken)
    {
        var auth = await authorizer.AuthorizeAsync(http, null, secretOnly: true);
        if (auth.Failure is not null)
        {
            return auth.Failure;
        }

        var userId = request?.User?.Id;
        var conversation = await store.EnsureConversationAsync(
            NewConversationId(), ConversationOrigin.DirectLine, DirectLineChannel.ChannelId, bot.Value.DefaultDomain, userId, cancellationToken);
        return await TokenResultAsync(tokens, conversation.Id, userId, options.Value, cancellationToken);
    }

    public static async Task<IResult> RefreshTokenAsync(
        HttpContext http,
        DirectLineAuthorizer authorizer,
        DirectLineTokenService tokens,
        IOptions<DirectLineOptions> options,
        CancellationToken cancellationToken)
    {
        var auth = await authorizer.AuthorizeAsync(http, null, allowSecret: false);
        return auth.Caller is { ConversationId: { } conversationId } caller
            ? await TokenResultAsync(tokens, conversationId, caller.UserId, options.Value, cancellationToken)
            : auth.Failure!;
    }

    public static async Task<IResult> StartConversationAsync(
        HttpContext http,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] DirectLineTokenRequest? request,
        DirectLineAuthorizer authorizer,
        DirectLineChannel channel,
        DirectLineTokenService tokens,
        IConversationStore store,
        IOptions<DirectLineOptions> options,
        IOptions<BotOptions> bot,
        CancellationToken cancellationToken)
    {
        var auth = await authorizer.AuthorizeAsync(http, null);
        if (auth.Caller is not { } caller)
        {
            return auth.Failure!;
        }

        // The secret starts a new conversation; a token starts (or resumes) the one it was issued for.
        var userId = caller.UserId ?? request?.User?.Id;
        var conversationId = caller.ConversationId ?? NewConversationId();
        var conversation = await store.EnsureConversationAsync(
            conversationId, ConversationOrigin.DirectLine, DirectLineChannel.ChannelId, bot.Value.DefaultDomain, userId, cancellationToken);
        if (!IsDirectLine(conversation))
        {
            return NotFound(conversationId);
        }

        var started = await channel.StartAsync(conversation, userId, cancellationToken);
        var body = await ConversationAsync(http, tokens, conversation.Id, caller.UserId, 0, options.Value, cancellationToken);
        return TypedResults.Json(body, ProtocolJson.Options, statusCode: started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    public static async Task<IResult> ReconnectAsync(
        HttpContext http,
        string conversationId,
        string? watermark,
        DirectLineAuthorizer authorizer,
        DirectLineTokenService tokens,
        IConversationStore store,
        IOptions<DirectLineOptions> options,
        CancellationToken cancellationToken)
    {
        var auth = await authorizer.AuthorizeAsync(http, conversationId);
        if (auth.Caller is not { } caller)
        {
            return auth.Failure!;
        }

        if (!IsDirectLine(await store.FindConversationAsync(conversationId, cancellationToken)))
        {
            return NotFound(conversationId);
        }

        var body = await ConversationAsync(
            http, tokens, conversationId, caller.UserId, DirectLineWebSocket.ParseWatermark(watermark), options.Value, cancellationToken);
        return TypedResults.Json(body, ProtocolJson.Options);
    }

    public static async Task<IResult> GetActivitiesAsync(
        HttpContext http,
        string conversationId,
        string? watermark,
        DirectLineAuthorizer authorizer,
        IConversationStore store,
        IOptions<DirectLineOptions> options,
        CancellationToken cancellationToken)
    {
        var auth = await authorizer.AuthorizeAsync(http, conversationId);
        if (auth.Failure is not null)
        {
            return auth.Failure;
        }

        if (!IsDirectLine(await store.FindConversationAsync(conversationId, cancellationToken)))
        {
            return NotFound(conversationId);
        }

        var after = DirectLineWebSocket.ParseWatermark(watermark);
        var page = await store.GetActivitiesAsync(conversationId, after, options.Value.PageSize, cancellationToken);
        var last = page.Count > 0 ? page[^1].Watermark : after;
        return TypedResults.Json(
            new ActivitySet(page.Select(a => a.Activity).ToList(), last.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ProtocolJson.Options);
    }

    public static async Task<IResult> PostActivityAsync(
        HttpContext http,
        string conversationId,
        DirectLineAuthorizer authorizer,
        DirectLineChannel channel,
        IConversationStore store,
        IOptions<BotOptions> bot,
        CancellationToken cancellationToken)
    {
        var auth = await authorizer.AuthorizeAsync(http, conversationId);
        if (auth.Caller is not { } caller)
        {
            return auth.Failure!;
        }

        if (await store.FindConversationAsync(conversationId, cancellationToken) is not { } conversation || !IsDirectLine(conversation))
        {
            return NotFound(conversationId);
        }

        var read = await ActivityReader.ReadAsync(http.Request, bot.Value.MaxActivityBytes, cancellationToken);
        if (read.Activity is not { } activity)
        {
            return TypedResults.Problem(read.Error, statusCode: read.Status, title: "The activity could not be read");
        }

        await channel.StartAsync(conversation, caller.UserId, cancellationToken);
        var id = await channel.PostAsync(conversation, activity, caller.UserId, cancellationToken);
        return TypedResults.Json(new ResourceResponse(id), ProtocolJson.Options);
    }

    /// <summary>Only this host's Direct Line conversations exist here (not those of /api/messages or the API), even for the secret.</summary>
    internal static bool IsDirectLine(ConversationInfo? conversation) =>
        conversation is not null && conversation.BelongsTo(ConversationOrigin.DirectLine, DirectLineChannel.ChannelId);

    internal static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    internal static async Task<IResult> TokenResultAsync(
        DirectLineTokenService tokens, string conversationId, string? userId, DirectLineOptions options, CancellationToken cancellationToken)
    {
        var token = await tokens.IssueAsync(
            conversationId, userId, DirectLineTokenKind.Conversation, TimeSpan.FromSeconds(options.TokenLifetimeSeconds), cancellationToken);
        return TypedResults.Json(new DirectLineTokenResponse(conversationId, token, options.TokenLifetimeSeconds, userId), ProtocolJson.Options);
    }

    private static async Task<DirectLineConversation> ConversationAsync(
        HttpContext http, DirectLineTokenService tokens, string conversationId, string? userId, long watermark, DirectLineOptions options,
        CancellationToken cancellationToken)
    {
        var token = await tokens.IssueAsync(
            conversationId, userId, DirectLineTokenKind.Conversation, TimeSpan.FromSeconds(options.TokenLifetimeSeconds), cancellationToken);
        var streamToken = await tokens.IssueAsync(conversationId, userId, DirectLineTokenKind.Stream, StreamTokenLifetime, cancellationToken);
        return new DirectLineConversation(
            conversationId, token, options.TokenLifetimeSeconds, DirectLineEndpoints.StreamUrl(http.Request, conversationId, streamToken, watermark));
    }

    private static ProblemHttpResult NotFound(string conversationId) =>
        TypedResults.Problem($"Conversation {conversationId} does not exist.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Domains;
using SlmAssistant.Bot.Conversations;
using SlmAssistant.Bot.DirectLine;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Widget;

/// <summary>
/// POST /api/widget/token: a Direct Line conversation token for the website widget, without the secret (which must
/// never reach a browser). Off unless Bot:DirectLine:AllowAnonymousTokens; rate-limited per client address. A token
/// the tab had before resumes its conversation, even some time after it expired (Bot:DirectLine:ResumeWindowSeconds).
/// </summary>
public static class WidgetTokenHandler
{
    public static async Task<IResult> IssueAsync(
        HttpContext http,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] WidgetTokenRequest? request,
        WidgetTokenLimiter limiter,
        DirectLineTokenService tokens,
        IConversationStore store,
        IDomainCatalog domains,
        IOptions<DirectLineOptions> options,
        IOptions<BotOptions> bot,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.AllowAnonymousTokens)
        {
            return TypedResults.Problem(
                "Anonymous widget tokens are off: set Bot:DirectLine:AllowAnonymousTokens=true to let the website widget start conversations.",
                statusCode: StatusCodes.Status403Forbidden,
                title: "Widget tokens disabled");
        }

        if (!limiter.TryAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown"))
        {
            http.Response.Headers.RetryAfter = "60";
            return TypedResults.Problem("Too many widget tokens from this address; try again in a minute.", statusCode: StatusCodes.Status429TooManyRequests);
        }

        var domain = string.IsNullOrWhiteSpace(request?.Domain) ? bot.Value.DefaultDomain : request.Domain;
        if (domain is not null && domains.Find(domain) is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["domain"] = [$"There is no domain '{domain}'."] });
        }

        var lifetime = TimeSpan.FromSeconds(settings.TokenLifetimeSeconds);
        if (await ResumableAsync(request?.Token, tokens, store, settings, time, cancellationToken) is { } resumed)
        {
            var userId = resumed.UserId ?? DirectLineChannel.DefaultUserId;
            var token = await tokens.IssueAsync(resumed.Id, userId, DirectLineTokenKind.Conversation, lifetime, cancellationToken);
            return Json(new WidgetTokenResponse(resumed.Id, token, settings.TokenLifetimeSeconds, userId, Resumed: true));
        }

        // Web Chat reserves "dl_" user ids for ids carried inside a (JWT) Direct Line token; ours are opaque.
        var newUserId = $"web_{Guid.NewGuid():N}";
        var conversation = await store.EnsureConversationAsync(
            DirectLineHandlers.NewConversationId(), ConversationOrigin.DirectLine, DirectLineChannel.ChannelId, domain, newUserId, cancellationToken);
        var newToken = await tokens.IssueAsync(conversation.Id, newUserId, DirectLineTokenKind.Conversation, lifetime, cancellationToken);
        return Json(new WidgetTokenResponse(conversation.Id, newToken, settings.TokenLifetimeSeconds, newUserId, Resumed: false));
    }

    private static async Task<ConversationInfo?> ResumableAsync(
        string? token, DirectLineTokenService tokens, IConversationStore store, DirectLineOptions settings, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        var read = await tokens.ReadAsync(token, cancellationToken);
        if (read.Claims is not { Kind: DirectLineTokenKind.Conversation } claims
            || time.GetUtcNow() - claims.ExpiresAt > TimeSpan.FromSeconds(settings.ResumeWindowSeconds))
        {
            return null;
        }

        var conversation = await store.FindConversationAsync(claims.ConversationId, cancellationToken);
        return DirectLineHandlers.IsDirectLine(conversation) ? conversation : null;
    }

    private static JsonHttpResult<WidgetTokenResponse> Json(WidgetTokenResponse response) => TypedResults.Json(response, ProtocolJson.Options);
}

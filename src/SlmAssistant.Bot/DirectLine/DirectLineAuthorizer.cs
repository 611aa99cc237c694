using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Bot.DirectLine;

/// <summary>
/// Checks "Authorization: Bearer {secret or token}" the way Direct Line does: nothing or garbage is 401, an expired
/// token is 403 (Direct Line clients read 403 as "get a new token"), a token for another conversation is 403.
/// </summary>
public sealed class DirectLineAuthorizer(DirectLineTokenService tokens, IOptions<BotOptions> options)
{
    public async Task<DirectLineAuthorization> AuthorizeAsync(
        HttpContext http, string? conversationId, bool secretOnly = false, bool allowSecret = true)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            return Refuse(StatusCodes.Status401Unauthorized, secretOnly
                ? "Authorization: Bearer {Direct Line secret} is required."
                : "Authorization: Bearer {Direct Line secret or token} is required.");
        }

        var bearer = header[7..].Trim();
        if (DirectLineTokenService.IsSecret(bearer, options.Value.DirectLineSecret))
        {
            return allowSecret
                ? new DirectLineAuthorization(new DirectLineCaller(true, null, null), null)
                : Refuse(StatusCodes.Status403Forbidden, "This operation takes a conversation token, not the secret.");
        }

        if (secretOnly)
        {
            return Refuse(StatusCodes.Status401Unauthorized, string.IsNullOrEmpty(options.Value.DirectLineSecret)
                ? "This host has no Direct Line secret: set Bot:DirectLineSecret to generate tokens with it."
                : "The Direct Line secret is not valid.");
        }

        var read = await tokens.ReadAsync(bearer, http.RequestAborted);
        return read switch
        {
            { Status: DirectLineTokenStatus.Invalid } or { Claims.Kind: not DirectLineTokenKind.Conversation } =>
                Refuse(StatusCodes.Status401Unauthorized, "The token is not a valid Direct Line token."),
            { Status: DirectLineTokenStatus.Expired } => Refuse(StatusCodes.Status403Forbidden, "The token has expired."),
            { Claims: { } claims } when conversationId is not null && claims.ConversationId != conversationId =>
                Refuse(StatusCodes.Status403Forbidden, "The token is for another conversation."),
            { Claims: { } claims } => new DirectLineAuthorization(new DirectLineCaller(false, claims.ConversationId, claims.UserId), null),
            _ => Refuse(StatusCodes.Status401Unauthorized, "The token is not a valid Direct Line token."),
        };
    }

    private static DirectLineAuthorization Refuse(int status, string detail) =>
        new(null, TypedResults.Problem(detail, statusCode: status, title: status == 401 ? "Unauthorized" : "Forbidden"));
}

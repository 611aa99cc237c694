using System.Net;
using System.Security.Claims;
using SlmAssistant.Bot.Auth;

namespace SlmAssistant.Bot.Channel;

/// <summary>
/// Where /api/messages may send replies. With channel authentication, only to the serviceUrl the validated token
/// vouches for (its "serviceurl" claim, the Bot Framework rule). Without it (the Emulator, Agents Playground), only
/// inline (deliveryMode "expectReplies") or, for a caller on this machine, to a loopback address: an unauthenticated
/// caller must not make the host post to addresses of its choosing (internal services, cloud metadata).
/// </summary>
public static class ReplyTargetPolicy
{
    /// <returns>Why the activity's serviceUrl may not be used; null when it may.</returns>
    /// <param name="caller">The address the request came from (the Emulator runs beside the bot).</param>
    public static string? Refusal(bool authenticated, ClaimsPrincipal user, string? serviceUrl, bool expectReplies, IPAddress? caller)
    {
        if (authenticated)
        {
            var issuedFor = user.FindFirst(BotAuthenticationDefaults.ServiceUrlClaim)?.Value;
            if (issuedFor is null)
            {
                return "The token has no serviceurl claim: replies can only go where the channel's token says.";
            }

            return string.IsNullOrWhiteSpace(serviceUrl) || SameUrl(issuedFor, serviceUrl)
                ? null
                : "The activity's serviceUrl does not match the serviceurl claim of its token.";
        }

        if (expectReplies)
        {
            return null;
        }

        return IsLoopback(serviceUrl) && caller is not null && IPAddress.IsLoopback(caller.IsIPv4MappedToIPv6 ? caller.MapToIPv4() : caller)
            ? null
            : "Without channel authentication (Bot:AllowUnauthenticated) replies go only inline (deliveryMode \"expectReplies\") "
                + "or, for callers on this machine, to a loopback serviceUrl (http://localhost, 127.0.0.1, [::1]).";
    }

    /// <summary>An absolute http(s) URL whose host is "localhost" or a loopback IP literal (no name resolution).</summary>
    public static bool IsLoopback(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address)
            && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
    }

    private static bool SameUrl(string a, string b) =>
        string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}

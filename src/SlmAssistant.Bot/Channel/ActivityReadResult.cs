using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Channel;

/// <summary>An activity read from a request, or the HTTP status and the reason it could not be.</summary>
public sealed record ActivityReadResult(Activity? Activity, int Status, string? Error)
{
    public static ActivityReadResult Failed(int status, string error) => new(null, status, error);
}

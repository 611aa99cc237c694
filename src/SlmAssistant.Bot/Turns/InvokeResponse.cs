namespace SlmAssistant.Bot.Turns;

/// <summary>What an invoke activity gets back in the HTTP response: a status and a JSON body.</summary>
public sealed record InvokeResponse(int Status, object Body)
{
    public static InvokeResponse Ok() => new(200, new { });
}

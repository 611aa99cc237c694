namespace SlmAssistant.Abstractions.Answers;

/// <summary>The wire names of <see cref="Route"/> and <see cref="AnswerMode"/> where text is stored or tagged.</summary>
public static class WireNames
{
    public static string ToWire(this Route route) => route switch
    {
        Route.Local => "local",
        Route.Cloud => "cloud",
        Route.Safety => "safety",
        Route.Handoff => "handoff",
        Route.Smalltalk => "smalltalk",
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, null),
    };

    public static string ToWire(this AnswerMode mode) => mode switch
    {
        AnswerMode.Extractive => "extractive",
        AnswerMode.Slm => "slm",
        AnswerMode.Cloud => "cloud",
        AnswerMode.Fixed => "fixed",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    public static Route ParseRoute(string wire) =>
        TryParseRoute(wire, out var route) ? route : throw new FormatException($"'{wire}' is not a route.");

    public static bool TryParseRoute(string? wire, out Route route)
    {
        foreach (var candidate in Enum.GetValues<Route>())
        {
            if (string.Equals(candidate.ToWire(), wire, StringComparison.Ordinal))
            {
                route = candidate;
                return true;
            }
        }

        route = default;
        return false;
    }

    public static AnswerMode ParseMode(string wire)
    {
        foreach (var candidate in Enum.GetValues<AnswerMode>())
        {
            if (string.Equals(candidate.ToWire(), wire, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        throw new FormatException($"'{wire}' is not an answer mode.");
    }
}

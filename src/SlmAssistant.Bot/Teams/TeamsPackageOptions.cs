namespace SlmAssistant.Bot.Teams;

/// <summary>How the app presents itself in Teams; every field has a default.</summary>
public sealed record TeamsPackageOptions
{
    public string ShortName { get; init; } = "Assistant";

    public string FullName { get; init; } = "SlmAssistant customer service";

    public string DeveloperName { get; init; } = "SlmAssistant";

    public string ShortDescription { get; init; } = "Answers from our own documents, with sources.";

    public string FullDescription { get; init; } =
        "Ask questions in your own words: the assistant answers from the organization's documents, cites where each answer "
        + "comes from, and offers a person when the documents have no answer.";

    /// <summary>#RRGGBB; the colour icon's background.</summary>
    public string AccentColor { get; init; } = "#1F5F4A";

    public string Version { get; init; } = "1.0.0";
}

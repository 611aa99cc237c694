namespace SlmAssistant.Abstractions.Answers;

public static class Routes
{
    public const string Local = "local";
    public const string Cloud = "cloud";
    public const string Safety = "safety";
    public const string Handoff = "handoff";
    public const string Smalltalk = "smalltalk";
}

namespace SlmAssistant.Abstractions.Answers;

public static class AnswerModes
{
    public const string Extractive = "extractive";
    public const string Slm = "slm";
    public const string Cloud = "cloud";
    public const string Fixed = "fixed";
}

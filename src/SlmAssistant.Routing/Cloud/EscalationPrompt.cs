namespace SlmAssistant.Routing.Cloud;

/// <summary>The system prompt sent with every escalation (Prompts/EscalationSystemPrompt.txt, embedded).</summary>
internal static class EscalationPrompt
{
    private static readonly Lazy<string> Template = new(Load);

    public static string For(string companyName) => Template.Value.Replace("{{company}}", companyName, StringComparison.Ordinal);

    private static string Load()
    {
        var assembly = typeof(EscalationPrompt).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("EscalationSystemPrompt.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim();
    }
}

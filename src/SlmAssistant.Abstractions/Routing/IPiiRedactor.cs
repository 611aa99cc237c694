namespace SlmAssistant.Abstractions.Routing;

/// <summary>Removes personal data before text leaves the machine, and restores it in what comes back.</summary>
public interface IPiiRedactor
{
    RedactionResult Redact(string text);

    string Restore(string text, IReadOnlyDictionary<string, string> placeholders);
}

using System.Text.RegularExpressions;

namespace SlmAssistant.Routing.Redaction.Detectors;

internal sealed partial class EmailDetector : IPiiDetector
{
    public IEnumerable<PiiMatch> Detect(string text)
    {
        foreach (Match match in EmailPattern().Matches(text))
        {
            yield return new PiiMatch(PiiTypes.Email, match.Index, match.Length, match.Value.ToLowerInvariant());
        }
    }

    // The top-level domain ends in letters, so a sentence's closing period is never taken in.
    [GeneratedRegex(@"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}(?![\w-])")]
    private static partial Regex EmailPattern();
}

namespace SlmAssistant.Benchmarks.Corpus;

/// <summary>
/// Cuts text into windows of whole words, about <c>maxWords</c> each, for the benchmark and evaluation harness only
/// (the product's chunker lives in Ingestion). A short tail is merged into the window before it.
/// </summary>
public static class PassageSplitter
{
    public static IReadOnlyList<string> Split(string text, int maxWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var windows = new List<string>();
        var start = 0;
        while (start < words.Length)
        {
            var count = Math.Min(maxWords, words.Length - start);
            var rest = words.Length - start - count;
            if (rest > 0 && rest < maxWords / 4)
            {
                count += rest;
            }

            windows.Add(string.Join(' ', words, start, count));
            start += count;
        }

        return windows;
    }
}

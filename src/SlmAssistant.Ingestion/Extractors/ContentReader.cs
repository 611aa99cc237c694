namespace SlmAssistant.Ingestion.Extractors;

/// <summary>Reads an extractor's input stream to the end; parsers here want the whole document in memory anyway.</summary>
internal static class ContentReader
{
    public static async Task<byte[]> ReadAllAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content is MemoryStream memory && memory.Position == 0)
        {
            return memory.ToArray();
        }

        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }
}

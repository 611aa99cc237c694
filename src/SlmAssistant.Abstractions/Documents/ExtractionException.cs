namespace SlmAssistant.Abstractions.Documents;

/// <summary>A document could not be read. <see cref="Exception.Message"/> names the source and the reason.</summary>
public sealed class ExtractionException : Exception
{
    public ExtractionException(string source, string reason, Exception? innerException = null)
        : base($"{source}: {reason}", innerException)
    {
        Source = source;
        Reason = reason;
    }

    public ExtractionException() : this("(unknown)", "extraction failed") { }

    public ExtractionException(string message) : this("(unknown)", message) { }

    public ExtractionException(string message, Exception innerException) : this("(unknown)", message, innerException) { }

    public new string Source { get; }

    public string Reason { get; }
}

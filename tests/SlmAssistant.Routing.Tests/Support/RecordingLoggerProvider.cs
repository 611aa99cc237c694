using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SlmAssistant.Routing.Tests.Support;

/// <summary>Keeps every log entry with its structured state, so tests can check what was logged.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    public sealed record LogEntry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> State);

    private sealed class Logger(RecordingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            provider.Entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), values.ToDictionary(p => p.Key, p => p.Value)));
        }
    }
}

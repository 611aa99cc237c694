using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SlmAssistant.Answering.Tests.Support;

/// <summary>
/// Keeps what was logged at Warning or above, so a test can tell "no suggestions" from "a swallowed failure", and
/// apart from them what was logged at Information.
/// </summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Warnings { get; } = new();

    public ConcurrentQueue<string> Information { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(RecordingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning)
            {
                owner.Warnings.Enqueue($"{category}: {formatter(state, exception)}");
            }
            else if (logLevel == LogLevel.Information)
            {
                owner.Information.Enqueue($"{category}: {formatter(state, exception)}");
            }
        }
    }
}

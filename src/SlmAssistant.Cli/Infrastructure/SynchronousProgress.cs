namespace SlmAssistant.Cli.Infrastructure;

/// <summary>
/// Reports on the caller's thread. <see cref="Progress{T}"/> posts to the thread pool, so its last reports can land
/// after the work has finished and the progress display is gone.
/// </summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}

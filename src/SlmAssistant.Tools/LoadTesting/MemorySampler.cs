using System.Diagnostics;

namespace SlmAssistant.Tools.LoadTesting;

/// <summary>Samples a process's working set until disposed and keeps the largest value seen.</summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peak;

    public MemorySampler(int processId, TimeSpan interval) => _sampling = SampleAsync(processId, interval, _stop.Token);

    public long PeakBytes => Interlocked.Read(ref _peak);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task SampleAsync(int processId, TimeSpan interval, CancellationToken cancellationToken)
    {
        using var process = Process.GetProcessById(processId);
        using var timer = new PeriodicTimer(interval);
        do
        {
            process.Refresh();
            var current = Math.Max(process.WorkingSet64, process.PeakWorkingSet64);
            if (current > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, current);
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }
}

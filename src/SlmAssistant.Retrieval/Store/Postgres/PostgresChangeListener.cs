using Microsoft.Extensions.Logging;
using Npgsql;
using SlmAssistant.Storage.Postgres;

namespace SlmAssistant.Retrieval.Store.Postgres;

/// <summary>
/// Keeps one connection LISTENing on a channel and calls <c>refresh</c> whenever a notification arrives, after every
/// (re)connect (notifications sent while it was away are lost, so it catches up from the change log), and at least
/// every <see cref="Heartbeat"/>. A lost connection is retried with backoff (1 s doubling to 30 s); nothing it does
/// blocks a search, which checks the generation itself.
/// </summary>
internal sealed class PostgresChangeListener(PostgresDatabase database, string channel, Func<CancellationToken, Task> refresh, ILogger logger)
    : IDisposable
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private Task? _loop;
    private bool _disposed;

    /// <summary>Starts listening (once; later calls do nothing).</summary>
    public void Start()
    {
        lock (_gate)
        {
            if (_loop is null && !_disposed)
            {
                _loop = Task.Run(() => RunAsync(_stop.Token));
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _stop.Cancel();
        }

        try
        {
            _loop?.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken stop)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.DataSource.OpenConnectionAsync(stop);
                await using (var listen = new NpgsqlCommand($"LISTEN {channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stop);
                }

                backoff = TimeSpan.FromSeconds(1);
                await refresh(stop);
                while (!stop.IsCancellationRequested)
                {
                    await connection.WaitAsync(Heartbeat, stop);
                    await refresh(stop);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning("Listening for knowledge changes on {Database} failed ({Error}); retrying in {Seconds} s",
                    database.Description, e.Message, backoff.TotalSeconds);
                try
                {
                    await Task.Delay(backoff, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                backoff = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, backoff.Ticks * 2));
            }
        }
    }
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SlmAssistant.Bot.Turns;

/// <summary>
/// Runs turns after their HTTP request has been answered (a channel must not wait while the model writes), one at a
/// time per conversation so that each question sees the answers before it. Shutdown cancels what is running.
/// </summary>
public sealed class BotTurnDispatcher(ILogger<BotTurnDispatcher> logger) : IHostedService, IDisposable
{
    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>How many turns are queued or running.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _tails.Count;
            }
        }
    }

    public void Dispatch(string conversationId, Func<CancellationToken, Task> work)
    {
        lock (_gate)
        {
            var previous = _tails.GetValueOrDefault(conversationId, Task.CompletedTask);
            Task tail = null!;
            tail = RunAfterAsync(previous, work, conversationId, () => Forget(conversationId, tail));
            _tails[conversationId] = tail;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        Task[] running;
        lock (_gate)
        {
            running = [.. _tails.Values];
        }

        await Task.WhenAll(running).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RunAfterAsync(Task previous, Func<CancellationToken, Task> work, string conversationId, Action done)
    {
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ForceYielding);
        try
        {
            await work(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "A turn in conversation {ConversationId} failed", conversationId);
        }
        finally
        {
            done();
        }
    }

    private void Forget(string conversationId, Task tail)
    {
        lock (_gate)
        {
            if (_tails.TryGetValue(conversationId, out var current) && ReferenceEquals(current, tail))
            {
                _tails.Remove(conversationId);
            }
        }
    }
}

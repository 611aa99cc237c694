namespace SlmAssistant.Bot.Tests.Infrastructure;

/// <summary>Waits (at most ten seconds) for background work, such as a turn recording its reply, to show its result.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            await Task.Delay(25, timeout.Token);
        }
    }
}

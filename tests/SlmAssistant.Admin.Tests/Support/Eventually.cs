namespace SlmAssistant.Admin.Tests.Support;

/// <summary>Polls a condition until it holds or a bounded time runs out.</summary>
public static class Eventually
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        T value;
        while (true)
        {
            value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeout.TotalSeconds:0} s waiting for {what}; last value: {System.Text.Json.JsonSerializer.Serialize(value)}");
            }

            await Task.Delay(200);
        }
    }
}

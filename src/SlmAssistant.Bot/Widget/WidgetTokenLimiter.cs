using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using SlmAssistant.Bot.DirectLine;

namespace SlmAssistant.Bot.Widget;

/// <summary>Widget tokens per client address per minute: anonymous tokens must not be minted in bulk.</summary>
public sealed class WidgetTokenLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public WidgetTokenLimiter(IOptions<DirectLineOptions> options)
    {
        var permits = options.Value.WidgetTokensPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(
            address,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    public bool TryAcquire(string clientAddress)
    {
        using var lease = _limiter.AttemptAcquire(clientAddress);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}

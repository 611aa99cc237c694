using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Admin.Features.SignIn;

/// <summary>
/// Slows down password guessing: after <see cref="AdminOptions.MaxSignInFailures"/> failures for one key (user name
/// and client address) every further attempt waits out a lockout that doubles with each failure. In memory: a restart
/// forgets, which is acceptable for a lockout measured in minutes.
/// </summary>
public sealed class SignInThrottle(TimeProvider time, IOptionsMonitor<AdminOptions> options)
{
    private const int MaxTrackedKeys = 10_000;
    private readonly ConcurrentDictionary<string, FailureRecord> _failures = new(StringComparer.Ordinal);

    public static string KeyFor(string? userName, string? address) =>
        $"{userName?.Trim().ToUpperInvariant()}|{address}";

    /// <summary>How long the key must still wait; <see cref="TimeSpan.Zero"/> when it may try now.</summary>
    public TimeSpan RetryAfter(string key)
    {
        if (!_failures.TryGetValue(key, out var record) || record.LockedUntil is not DateTimeOffset until)
        {
            return TimeSpan.Zero;
        }

        var left = until - time.GetUtcNow();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    public void RecordFailure(string key)
    {
        var now = time.GetUtcNow();
        var settings = options.CurrentValue;
        if (_failures.Count >= MaxTrackedKeys)
        {
            Prune(now - settings.MaxLockout - settings.MaxLockout);
        }

        _failures.AddOrUpdate(
            key,
            _ => Next(new FailureRecord(0, null, now), now, settings),
            (_, record) => Next(record, now, settings));
    }

    public void RecordSuccess(string key) => _failures.TryRemove(key, out _);

    private static FailureRecord Next(FailureRecord record, DateTimeOffset now, AdminOptions settings)
    {
        var failures = record.Failures + 1;
        if (failures < settings.MaxSignInFailures)
        {
            return new FailureRecord(failures, null, now);
        }

        var doublings = Math.Min(failures - settings.MaxSignInFailures, 20);
        var lockout = TimeSpan.FromTicks(Math.Min(settings.FirstLockout.Ticks * (1L << doublings), settings.MaxLockout.Ticks));
        return new FailureRecord(failures, now + lockout, now);
    }

    private void Prune(DateTimeOffset before)
    {
        foreach (var (key, record) in _failures)
        {
            if (record.LastFailure < before)
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    private sealed record FailureRecord(int Failures, DateTimeOffset? LockedUntil, DateTimeOffset LastFailure);
}

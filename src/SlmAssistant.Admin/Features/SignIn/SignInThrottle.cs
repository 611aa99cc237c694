using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Admin.Features.SignIn;

/// <summary>
/// Limits password guessing before any password is hashed: attempts per client address and from all addresses per
/// window (<see cref="AdminOptions.SignInAttemptsPerAddress"/>, <see cref="AdminOptions.SignInAttemptsGlobal"/>), and a
/// lockout per user name that doubles with each failure once failures come from several addresses. In memory: a
/// restart forgets, which is acceptable for limits measured in minutes.
/// </summary>
public sealed class SignInThrottle(TimeProvider time, IOptionsMonitor<AdminOptions> options)
{
    private const int MaxTrackedKeys = 10_000;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Window> _addresses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FailureRecord> _users = new(StringComparer.Ordinal);
    private Window _global = new(DateTimeOffset.MinValue, 0);

    /// <summary>Counts an attempt from <paramref name="address"/>; the wait when it is over a limit (<see cref="TimeSpan.Zero"/>: go on).</summary>
    public TimeSpan TryAcquire(string? address)
    {
        var now = time.GetUtcNow();
        var settings = options.CurrentValue;
        var key = address ?? "unknown";
        lock (_gate)
        {
            _global = Current(_global, now, settings.SignInWindow);
            var own = Current(_addresses.GetValueOrDefault(key) ?? new Window(now, 0), now, settings.SignInWindow);
            if (own.Count >= settings.SignInAttemptsPerAddress)
            {
                return own.Start + settings.SignInWindow - now;
            }

            if (_global.Count >= settings.SignInAttemptsGlobal)
            {
                return _global.Start + settings.SignInWindow - now;
            }

            if (_addresses.Count >= MaxTrackedKeys)
            {
                foreach (var stale in _addresses.Where(a => a.Value.Start + settings.SignInWindow <= now).Select(a => a.Key).ToList())
                {
                    _addresses.Remove(stale);
                }
            }

            _addresses[key] = own with { Count = own.Count + 1 };
            _global = _global with { Count = _global.Count + 1 };
            return TimeSpan.Zero;
        }
    }

    /// <summary>How long the user name is still locked out; <see cref="TimeSpan.Zero"/> when it may try now.</summary>
    public TimeSpan RetryAfter(string userName) => RetryAfterKey(Key(userName));

    /// <summary>How long the address must wait after presenting wrong API keys.</summary>
    public TimeSpan ApiKeyRetryAfter(string? address) => RetryAfterKey(ApiKeyKey(address));

    public void RecordFailure(string userName, string? address) =>
        Record(Key(userName), address, options.CurrentValue.LockoutMinAddresses);

    /// <summary>A wrong API key: there is no account to protect, so the address itself is locked out.</summary>
    public void RecordApiKeyFailure(string? address) => Record(ApiKeyKey(address), address, 1);

    public void RecordSuccess(string userName) => _users.TryRemove(Key(userName), out _);

    private static string Key(string userName) => userName.Trim().ToUpperInvariant();

    private static string ApiKeyKey(string? address) => $"\0api-key|{address}";

    private TimeSpan RetryAfterKey(string key)
    {
        if (!_users.TryGetValue(key, out var record) || record.LockedUntil is not DateTimeOffset until)
        {
            return TimeSpan.Zero;
        }

        var left = until - time.GetUtcNow();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private void Record(string key, string? address, int minAddresses)
    {
        var now = time.GetUtcNow();
        var settings = options.CurrentValue;
        if (_users.Count >= MaxTrackedKeys)
        {
            foreach (var stale in _users.Where(u => u.Value.LastFailure < now - settings.MaxLockout - settings.MaxLockout).Select(u => u.Key).ToList())
            {
                _users.TryRemove(stale, out _);
            }
        }

        _users.AddOrUpdate(
            key,
            _ => Next(new FailureRecord(0, [], null, now), address, minAddresses, now, settings),
            (_, record) => Next(record, address, minAddresses, now, settings));
    }

    private static Window Current(Window window, DateTimeOffset now, TimeSpan length) =>
        window.Start + length <= now ? new Window(now, 0) : window;

    private static FailureRecord Next(FailureRecord record, string? address, int minAddresses, DateTimeOffset now, AdminOptions settings)
    {
        // Failures long after the last one start over: a forgotten password last month does not count today.
        if (record.LastFailure < now - settings.MaxLockout - settings.MaxLockout)
        {
            record = new FailureRecord(0, [], null, now);
        }

        var failures = record.Failures + 1;
        var addresses = record.Addresses.Count < 100 ? record.Addresses.Add(address ?? "unknown") : record.Addresses;
        if (failures < settings.MaxSignInFailures || addresses.Count < minAddresses)
        {
            return new FailureRecord(failures, addresses, record.LockedUntil, now);
        }

        var doublings = Math.Min(failures - settings.MaxSignInFailures, 20);
        var lockout = TimeSpan.FromTicks(Math.Min(settings.FirstLockout.Ticks * (1L << doublings), settings.MaxLockout.Ticks));
        return new FailureRecord(failures, addresses, now + lockout, now);
    }

    private sealed record Window(DateTimeOffset Start, int Count);

    private sealed record FailureRecord(int Failures, ImmutableHashSet<string> Addresses, DateTimeOffset? LockedUntil, DateTimeOffset LastFailure);
}

namespace SlmAssistant.Tools.LoadTesting;

/// <summary>Collects reply latencies from many conversations and reports percentiles.</summary>
public sealed class LatencyRecorder
{
    private readonly List<TimeSpan> _latencies = [];
    private readonly Lock _gate = new();

    public long Count
    {
        get
        {
            lock (_gate)
            {
                return _latencies.Count;
            }
        }
    }

    public void Record(TimeSpan latency)
    {
        lock (_gate)
        {
            _latencies.Add(latency);
        }
    }

    /// <summary>The nearest-rank percentile (0 &lt; <paramref name="percent"/> ≤ 100); zero when nothing was recorded.</summary>
    public TimeSpan Percentile(double percent)
    {
        lock (_gate)
        {
            if (_latencies.Count == 0)
            {
                return TimeSpan.Zero;
            }

            var sorted = _latencies.Order().ToList();
            var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
        }
    }
}

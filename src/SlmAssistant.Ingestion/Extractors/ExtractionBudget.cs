using System.Globalization;
using SlmAssistant.Abstractions.Documents;

namespace SlmAssistant.Ingestion.Extractors;

/// <summary>
/// What extracting one file may cost: wall time, bytes allocated, and how deep HTML elements or Markdown containers may
/// nest. Extractors call <see cref="Check"/> as they walk; a file over its budget fails alone as "too complex", so one
/// hostile file cannot hold the single ingestion worker.
/// </summary>
public sealed class ExtractionBudget : IDisposable
{
    // A check costs a clock read and a counter read; doing it every node would cost more than the walk.
    private const int ChecksBetweenMeasurements = 64;

    private readonly string _sourceName;
    private readonly TimeSpan? _timeLimit;
    private readonly long? _memoryLimit;
    private readonly CancellationTokenSource? _timer;
    private readonly CancellationTokenSource _linked;
    private int _calls;
    private int _thread;
    private long _lastAllocated;
    private long _allocated;

    /// <param name="limits">The limits of <see cref="IngestionOptions"/>.</param>
    /// <param name="bounded">False for the depth limits only (an extractor used outside the pipeline).</param>
    public ExtractionBudget(string sourceName, IngestionOptions limits, CancellationToken cancellationToken, TimeProvider? time = null, bool bounded = true)
    {
        ArgumentNullException.ThrowIfNull(limits);
        _sourceName = sourceName;
        MaxHtmlDepth = limits.MaxHtmlDepth;
        MaxMarkdownNesting = limits.MaxMarkdownNesting;
        if (bounded)
        {
            _timeLimit = limits.ExtractionTimeBudget;
            _memoryLimit = limits.ExtractionMemoryBudgetBytes;
            _timer = new CancellationTokenSource(limits.ExtractionTimeBudget, time ?? TimeProvider.System);
        }

        _linked = _timer is null
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
            : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timer.Token);
        Caller = cancellationToken;
        (_thread, _lastAllocated) = (Environment.CurrentManagedThreadId, GC.GetAllocatedBytesForCurrentThread());
    }

    public int MaxHtmlDepth { get; }

    public int MaxMarkdownNesting { get; }

    /// <summary>Cancelled when the time budget is spent or the caller cancels.</summary>
    public CancellationToken Token => _linked.Token;

    public CancellationToken Caller { get; }

    public bool IsTimeSpent => _timer?.IsCancellationRequested == true;

    /// <summary>The depth limits of <see cref="IngestionOptions"/>' defaults, without a time or memory budget.</summary>
    public static ExtractionBudget DepthOnly(string sourceName) => new(sourceName, new IngestionOptions(), CancellationToken.None, bounded: false);

    /// <summary>Throws <see cref="ExtractionException"/> once the file is over its budget, or the caller's cancellation.</summary>
    public void Check()
    {
        if (++_calls % ChecksBetweenMeasurements == 0)
        {
            CheckNow();
        }
    }

    /// <summary>Like <see cref="Check"/>, measured at once (between the phases of an extractor).</summary>
    public void CheckNow()
    {
        Caller.ThrowIfCancellationRequested();
        if (IsTimeSpent)
        {
            throw TimeSpent();
        }

        // Allocations are counted per thread: a synchronous extractor runs on one; a hop to another thread restarts the count there.
        var thread = Environment.CurrentManagedThreadId;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        if (thread == _thread)
        {
            _allocated += allocated - _lastAllocated;
        }

        (_thread, _lastAllocated) = (thread, allocated);
        if (_allocated > _memoryLimit)
        {
            throw TooComplex($"extracting it allocated more than the {Megabytes(_memoryLimit.Value)} MB budget (Ingestion:ExtractionMemoryBudgetBytes)");
        }
    }

    public ExtractionException TimeSpent() =>
        TooComplex($"extracting it took longer than the {(_timeLimit ?? TimeSpan.Zero).TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s budget (Ingestion:ExtractionTimeBudget)");

    /// <summary>The failure of a file over a limit: "'page.html' is too complex to ingest: …".</summary>
    public ExtractionException TooComplex(string detail) =>
        new(_sourceName, $"'{Path.GetFileName(_sourceName)}' is too complex to ingest: {detail}");

    public void Dispose()
    {
        _linked.Dispose();
        _timer?.Dispose();
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
}

using System.Diagnostics.Metrics;
using Microsoft.Data.Sqlite;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Ingestion.Queue;

/// <summary>
/// The persistent ingestion queue (admin_ingestion_queue in knowledge.db). A worker claims an item with one atomic
/// UPDATE and holds it under a lease; an item whose lease ran out (its process died) is claimable again, so nothing
/// queued is lost, and no two workers hold the same item.
/// </summary>
public sealed class IngestionQueueStore : IDisposable
{
    private const string Columns = IngestionQueueRows.Columns;

    private const string Claimable =
        $"state = '{IngestionSteps.Queued}' OR (state NOT IN ('{IngestionSteps.Ready}', '{IngestionSteps.Failed}') AND (lease_until IS NULL OR lease_until < $now))";

    private const string Pending = $"state NOT IN ('{IngestionSteps.Ready}', '{IngestionSteps.Failed}')";

    private readonly IngestionQueueDatabase _database;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _signal = new(0);

    /// <param name="meters">When given (the host's), the queue's depth is observable as <c>slm.ingestion.queue.depth</c>.</param>
    public IngestionQueueStore(IngestionQueueDatabase database, TimeProvider time, IMeterFactory? meters = null)
    {
        _database = database;
        _time = time;
        meters?.Create(IngestionTelemetry.Name).CreateObservableGauge(
            "slm.ingestion.queue.depth", ObserveDepth, "{item}", "Items of the ingestion queue waiting or being ingested, in every process.");
    }

    /// <summary>Items waiting or being ingested (by any process).</summary>
    public async Task<long> CountPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await connection.ScalarAsync<long>($"SELECT count(*) FROM admin_ingestion_queue WHERE {Pending}", cancellationToken);
    }

    /// <summary>Completes when an item was enqueued in this process, or after <paramref name="timeout"/>.</summary>
    public async Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        await _signal.WaitAsync(timeout, cancellationToken);
        while (_signal.CurrentCount > 0 && _signal.Wait(0, CancellationToken.None))
        {
            // Several enqueues wake the worker once; it drains the table anyway.
        }
    }

    public async Task EnqueueAsync(IngestionQueueItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(IngestionQueueRows.Insert, cancellationToken, IngestionQueueRows.InsertParameters(item, IngestionSteps.Queued));
        _signal.Release();
    }

    /// <summary>
    /// Queues a file of a run (<see cref="QueueItemKinds.File"/>) and returns the id of the item that stands for it. An
    /// unfinished file item of the same source is taken up instead of adding a duplicate: one nobody holds (queued, or
    /// its lease ran out because its process died) is adopted into <paramref name="item"/>'s batch with its request; one
    /// a live process holds is returned as it is, for the run to wait on (or to take over if that lease runs out).
    /// </summary>
    public async Task<string> EnqueueFileAsync(IngestionQueueItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var now = _time.GetUtcNow().ToDbTime();
        await using var connection = await _database.OpenAsync(cancellationToken);
        // Immediate: two runs over the same folder must not both decide that a source has no item yet.
        await using var transaction = connection.BeginTransaction(deferred: false);
        const string SameSource = $"kind = '{QueueItemKinds.File}' AND source = $source";
        var adopted = await connection.ScalarAsync<string>(
            $"UPDATE admin_ingestion_queue SET batch_id = $batch, file_path = $path, file_name = $name, domain = $domain, size_bytes = $size, url = $url, tags = $tags, " +
            $"requested_by = $by, state = '{IngestionSteps.Queued}', lease_until = NULL, updated_at = $now " +
            $"WHERE id = (SELECT id FROM admin_ingestion_queue WHERE {SameSource} AND ({Claimable}) ORDER BY created_at LIMIT 1) RETURNING id",
            cancellationToken, transaction,
            ("$source", item.Source), ("$batch", item.BatchId), ("$path", item.FilePath), ("$name", item.FileName), ("$domain", item.Domain),
            ("$size", item.SizeBytes), ("$url", item.Url), ("$tags", IngestionQueueRows.TagsText(item.Tags)), ("$by", item.RequestedBy), ("$now", now));
        var id = adopted ?? await connection.ScalarAsync<string>(
            $"SELECT id FROM admin_ingestion_queue WHERE {SameSource} AND {Pending} ORDER BY created_at DESC LIMIT 1",
            cancellationToken, transaction, ("$source", item.Source));
        if (id is null)
        {
            await connection.ExecuteAsync(IngestionQueueRows.Insert, cancellationToken, transaction, IngestionQueueRows.InsertParameters(item, IngestionSteps.Queued));
        }

        await transaction.CommitAsync(cancellationToken);
        _signal.Release();
        return id ?? item.Id;
    }

    /// <summary>Takes the oldest claimable item for <paramref name="lease"/>; null when there is none.</summary>
    public async Task<IngestionQueueItem?> ClaimNextAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"UPDATE admin_ingestion_queue SET state = '{IngestionSteps.Extracting}', attempts = attempts + 1, lease_until = $lease, updated_at = $nowText " +
            $"WHERE id = (SELECT id FROM admin_ingestion_queue WHERE {Claimable} ORDER BY created_at, id LIMIT 1) AND ({Claimable}) " +
            $"RETURNING {Columns}",
            ("$now", now.ToDbTime()), ("$nowText", now.ToDbTime()), ("$lease", (now + lease).ToDbTime()));
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Takes the item <paramref name="id"/> for <paramref name="lease"/> when nobody holds it; null when it is finished or held.</summary>
    public async Task<IngestionQueueItem?> ClaimAsync(string id, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"UPDATE admin_ingestion_queue SET state = '{IngestionSteps.Extracting}', attempts = attempts + 1, lease_until = $lease, updated_at = $nowText " +
            $"WHERE id = $id AND ({Claimable}) RETURNING {Columns}",
            ("$id", id), ("$now", now.ToDbTime()), ("$nowText", now.ToDbTime()), ("$lease", (now + lease).ToDbTime()));
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task RenewLeaseAsync(string id, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE admin_ingestion_queue SET lease_until = $lease WHERE id = $id AND lease_until IS NOT NULL",
            cancellationToken, ("$id", id), ("$lease", (_time.GetUtcNow() + lease).ToDbTime()));
    }

    /// <summary>Records the end of an item: ready (ingested or unchanged) or failed with the reason.</summary>
    public async Task CompleteAsync(
        string id, string outcome, int chunks, string? error, CancellationToken cancellationToken, IReadOnlyList<string>? warnings = null)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE admin_ingestion_queue SET state = $state, outcome = $outcome, chunks = $chunks, error = $error, warnings = $warnings, lease_until = NULL, updated_at = $now WHERE id = $id",
            cancellationToken,
            ("$id", id), ("$state", error is null ? IngestionSteps.Ready : IngestionSteps.Failed), ("$outcome", outcome),
            ("$chunks", chunks), ("$error", error), ("$warnings", IngestionQueueRows.WarningsText(warnings)), ("$now", _time.GetUtcNow().ToDbTime()));
    }

    /// <summary>Puts an item back in the queue (the worker is stopping), so the next start takes it up again.</summary>
    public async Task ReleaseAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            $"UPDATE admin_ingestion_queue SET state = '{IngestionSteps.Queued}', lease_until = NULL, updated_at = $now WHERE id = $id AND state NOT IN ('{IngestionSteps.Ready}', '{IngestionSteps.Failed}')",
            cancellationToken, ("$id", id), ("$now", _time.GetUtcNow().ToDbTime()));
    }

    /// <summary>
    /// Forgets finished file items of earlier runs whose sources the given batch ingested again, so a host that seeds
    /// its folder at every start keeps one row per file (the newest, whose path a re-index reads), not one per start.
    /// </summary>
    /// <returns>How many rows were deleted.</returns>
    public async Task<int> PruneSupersededFilesAsync(string batchId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            $"DELETE FROM admin_ingestion_queue WHERE kind = '{QueueItemKinds.File}' AND state IN ('{IngestionSteps.Ready}', '{IngestionSteps.Failed}') " +
            "AND (batch_id IS NULL OR batch_id <> $batch) " +
            $"AND source IN (SELECT source FROM admin_ingestion_queue WHERE batch_id = $batch AND state IN ('{IngestionSteps.Ready}', '{IngestionSteps.Failed}'))",
            cancellationToken, ("$batch", batchId));
    }

    public async Task<IngestionQueueItem?> GetAsync(string id, CancellationToken cancellationToken) =>
        (await ListAsync([id], cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<IngestionQueueItem>> ListAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {Columns} FROM admin_ingestion_queue WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY created_at DESC, id",
            ("$ids", System.Text.Json.JsonSerializer.Serialize(ids)));
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>The newest items, unfinished ones first.</summary>
    public async Task<IReadOnlyList<IngestionQueueItem>> ListRecentAsync(int take, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {Columns} FROM admin_ingestion_queue ORDER BY state IN ('{IngestionSteps.Ready}', '{IngestionSteps.Failed}'), created_at DESC, id LIMIT $take",
            ("$take", Math.Clamp(take, 1, 1000)));
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>The newest successfully ingested upload of a source, whose stored bytes a re-index reads again.</summary>
    public async Task<IngestionQueueItem?> LatestStoredAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {Columns} FROM admin_ingestion_queue WHERE source = $source AND blob_id IS NOT NULL AND state = '{IngestionSteps.Ready}' ORDER BY created_at DESC LIMIT 1",
            ("$source", source));
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>The newest successfully ingested file item of a source, whose full path a re-index reads again.</summary>
    public async Task<IngestionQueueItem?> LatestFileAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {Columns} FROM admin_ingestion_queue WHERE source = $source AND kind = '{QueueItemKinds.File}' AND file_path IS NOT NULL AND state = '{IngestionSteps.Ready}' ORDER BY created_at DESC LIMIT 1",
            ("$source", source));
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>
    /// After a document is deleted: items still waiting for its source are failed (so it does not come back), and the
    /// ids of stored uploads of that source are returned for deletion and forgotten.
    /// </summary>
    public async Task<IReadOnlyList<string>> ForgetSourceAsync(string source, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().ToDbTime();
        await using var connection = await _database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            $"UPDATE admin_ingestion_queue SET state = '{IngestionSteps.Failed}', outcome = 'failed', error = 'the document was deleted before it was ingested', lease_until = NULL, updated_at = $now " +
            $"WHERE source = $source AND state = '{IngestionSteps.Queued}'",
            cancellationToken, ("$source", source), ("$now", now));
        const string Finished = $"source = $source AND blob_id IS NOT NULL AND state IN ('{IngestionSteps.Ready}', '{IngestionSteps.Failed}')";
        var blobs = new List<string>();
        await using (var command = connection.Command($"SELECT blob_id FROM admin_ingestion_queue WHERE {Finished}", ("$source", source)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                blobs.Add(reader.GetString(0));
            }
        }

        await connection.ExecuteAsync(
            $"UPDATE admin_ingestion_queue SET blob_id = NULL, updated_at = $now WHERE {Finished}", cancellationToken, ("$source", source), ("$now", now));
        return blobs;
    }

    public void Dispose() => _signal.Dispose();

    // Collected on the exporter's thread, once per export or scrape: one indexed count. A database that cannot be read
    // right now yields no measurement rather than a wrong zero.
    private IEnumerable<Measurement<long>> ObserveDepth()
    {
        long depth;
        try
        {
            depth = CountPendingAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (SqliteException)
        {
            yield break;
        }

        yield return new Measurement<long>(depth);
    }

    private static Task<IReadOnlyList<IngestionQueueItem>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken) =>
        IngestionQueueRows.ReadAsync(command, cancellationToken);
}

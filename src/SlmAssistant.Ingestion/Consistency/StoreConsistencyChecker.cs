using Microsoft.Data.Sqlite;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Ingestion.Pipeline;

namespace SlmAssistant.Ingestion.Consistency;

/// <summary>
/// Checks an embedded store (knowledge.db) for what an interrupted or hostile ingestion could leave behind: a damaged
/// file, a keyword index out of step with its chunks, chunks or sentences without their document or chunk, chunk
/// counts that disagree, the same document twice, queue items in no state a run can finish or take up, and documents
/// whose stored hash no longer matches the file they were read from. It only reads (the FTS5 integrity check is an
/// INSERT that writes nothing), so it can run on a store a killed process left, before anything reopens it.
/// </summary>
public static class StoreConsistencyChecker
{
    private const int MaxListed = 5;

    private static readonly string[] StoreTables = ["documents", "chunks", "chunks_fts", "chunk_sentences"];

    private static readonly string[] QueueStates =
    [
        IngestionSteps.Queued, IngestionSteps.Extracting, IngestionSteps.Chunking, IngestionSteps.Embedding,
        IngestionSteps.Indexing, IngestionSteps.Ready, IngestionSteps.Failed,
    ];

    /// <param name="databasePath">The knowledge.db file.</param>
    /// <param name="sourceFolder">When given, every document read from a file under it must still hash as stored.</param>
    /// <returns>The problems found; empty when the store is consistent.</returns>
    public static async Task<IReadOnlyList<StoreProblem>> CheckAsync(string databasePath, string? sourceFolder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        if (!File.Exists(databasePath))
        {
            return [new StoreProblem("store", $"no database at '{databasePath}'")];
        }

        var problems = new List<StoreProblem>();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var timeout = connection.CreateCommand())
        {
            // A store a writer still holds is waited for, not reported.
            timeout.CommandText = "PRAGMA busy_timeout = 10000";
            await timeout.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var row in await ListAsync(connection, "PRAGMA integrity_check", cancellationToken))
        {
            if (row != "ok")
            {
                problems.Add(new StoreProblem("integrity", row));
            }
        }

        var missing = StoreTables.Where(table => !TableExists(connection, table)).ToList();
        if (missing.Count == StoreTables.Length)
        {
            return problems; // a database no store was migrated into yet (its process died first): an empty store
        }

        if (missing.Count > 0)
        {
            problems.Add(new StoreProblem("schema", $"missing tables: {string.Join(", ", missing)}"));
            return problems;
        }

        await CheckKeywordIndexAsync(connection, problems, cancellationToken);
        await CheckRowsAsync(connection, problems, cancellationToken);
        if (TableExists(connection, "admin_ingestion_queue"))
        {
            var states = string.Join(", ", QueueStates.Select(s => $"'{s}'"));
            await ReportAsync(connection, problems, "queue",
                $"SELECT id || ' (' || source || ') is in state ''' || state || '''' FROM admin_ingestion_queue WHERE state NOT IN ({states})",
                "items in no terminal or resumable state", cancellationToken);
        }

        if (sourceFolder is not null)
        {
            await CheckHashesAsync(connection, Path.GetFullPath(sourceFolder), problems, cancellationToken);
        }

        return problems;
    }

    private static async Task CheckKeywordIndexAsync(SqliteConnection connection, List<StoreProblem> problems, CancellationToken cancellationToken)
    {
        try
        {
            // rank 1: also compare the index with its external content table (chunks), not only with itself.
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO chunks_fts (chunks_fts, rank) VALUES ('integrity-check', 1)";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException e)
        {
            problems.Add(new StoreProblem("keyword index", $"FTS5 integrity-check failed: {e.Message}"));
        }

        // One docsize row per indexed chunk: the counts name the chunks the index lost or kept after their deletion.
        await ReportAsync(connection, problems, "keyword index",
            "SELECT 'chunk ' || c.id || ' is not indexed' FROM chunks c WHERE NOT EXISTS (SELECT 1 FROM chunks_fts_docsize d WHERE d.id = c.seq)",
            "chunks missing from the keyword index", cancellationToken);
        await ReportAsync(connection, problems, "keyword index",
            "SELECT 'row ' || d.id || ' indexes no chunk' FROM chunks_fts_docsize d WHERE NOT EXISTS (SELECT 1 FROM chunks c WHERE c.seq = d.id)",
            "index rows without their chunk", cancellationToken);
    }

    private static async Task CheckRowsAsync(SqliteConnection connection, List<StoreProblem> problems, CancellationToken cancellationToken)
    {
        await ReportAsync(connection, problems, "orphans",
            "SELECT 'chunk ' || c.id || ' has no document ' || c.document_id FROM chunks c WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = c.document_id)",
            "chunks without their document", cancellationToken);
        await ReportAsync(connection, problems, "orphans",
            "SELECT 'sentence ' || s.chunk_id || '#' || s.idx || ' has no chunk' FROM chunk_sentences s WHERE NOT EXISTS (SELECT 1 FROM chunks c WHERE c.id = s.chunk_id)",
            "sentences without their chunk", cancellationToken);
        await ReportAsync(connection, problems, "chunk count",
            "SELECT d.source || ' says ' || d.chunk_count || ' chunks, has ' || (SELECT count(*) FROM chunks c WHERE c.document_id = d.id) " +
            "FROM documents d WHERE d.chunk_count <> (SELECT count(*) FROM chunks c WHERE c.document_id = d.id)",
            "documents whose chunk count disagrees", cancellationToken);
        foreach (var column in new[] { "id", "source", "origin" })
        {
            await ReportAsync(connection, problems, "duplicates",
                $"SELECT '{column} ' || {column} || ' is stored ' || count(*) || ' times' FROM documents WHERE {column} IS NOT NULL GROUP BY {column} HAVING count(*) > 1",
                $"documents sharing one {column}", cancellationToken);
        }
    }

    private static async Task CheckHashesAsync(SqliteConnection connection, string folder, List<StoreProblem> problems, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT source, origin, content_hash FROM documents ORDER BY source";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var source = reader.GetString(0);
            // Stores from before origins were kept name files by their path below the run's folder.
            var path = reader.IsDBNull(1) ? Path.Combine(folder, source) : reader.GetString(1);
            if (!SourceFileEnumerator.IsInside(path, folder) || (reader.IsDBNull(1) && !File.Exists(path)))
            {
                continue;
            }

            if (!File.Exists(path))
            {
                problems.Add(new StoreProblem("content hash", $"{source}: its file '{path}' is gone"));
            }
            else if (SourceIdentity.ContentHash(await File.ReadAllBytesAsync(path, cancellationToken)) != reader.GetString(2))
            {
                problems.Add(new StoreProblem("content hash", $"{source}: the stored hash does not match '{path}'"));
            }
        }
    }

    /// <summary>Adds one problem per row the query returns, the first few of them named and the rest counted.</summary>
    private static async Task ReportAsync(
        SqliteConnection connection, List<StoreProblem> problems, string check, string sql, string what, CancellationToken cancellationToken)
    {
        var rows = await ListAsync(connection, sql, cancellationToken);
        problems.AddRange(rows.Take(MaxListed).Select(row => new StoreProblem(check, row)));
        if (rows.Count > MaxListed)
        {
            problems.Add(new StoreProblem(check, $"{rows.Count - MaxListed} more {what}"));
        }
    }

    private static async Task<List<string>> ListAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(reader.IsDBNull(0) ? string.Empty : reader.GetString(0));
        }

        return rows;
    }

    private static bool TableExists(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}

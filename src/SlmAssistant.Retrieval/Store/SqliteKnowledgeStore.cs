using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Store.Vectors;
using SlmAssistant.Storage;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Retrieval.Store;

/// <summary>
/// The knowledge store in one SQLite file: documents, chunks with their vectors, an FTS5 keyword index and the
/// ingestion journal. Keyword search runs in SQLite (BM25); vector search runs over an in-memory copy of the vectors
/// (<see cref="VectorIndex"/>), loaded on first use and kept in step with every write. Safe for concurrent readers
/// and writers, within this process and across processes.
/// </summary>
public sealed partial class SqliteKnowledgeStore : IKnowledgeBackend
{
    private readonly SqliteDatabase _database;
    private readonly KnowledgeStoreOptions _options;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly SemaphoreSlim _indexLoadLock = new(1, 1);
    private VectorIndex? _index;

    public SqliteKnowledgeStore(SqliteDatabase database, IOptions<KnowledgeStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _options = options.Value;
    }

    public string DatabasePath => _database.Path;

    /// <summary>A store of its own in <paramref name="dataDirectory"/>'s embedded database (tools and benchmarks; the host composes it).</summary>
    public static SqliteKnowledgeStore Open(string dataDirectory, KnowledgeStoreOptions? options = null) =>
        new(new SqliteDatabase(Path.Combine(dataDirectory, DataDirectoryOptions.DatabaseFileName)), Options.Create(options ?? new KnowledgeStoreOptions()));

    public async Task<KnowledgeDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        (await QueryDocumentsAsync("d.id = $id", cancellationToken, ("$id", documentId))).SingleOrDefault();

    public async Task<KnowledgeDocument?> FindBySourceAsync(string source, CancellationToken cancellationToken = default) =>
        (await QueryDocumentsAsync("d.source = $source", cancellationToken, ("$source", source))).SingleOrDefault();

    public async Task<IReadOnlyList<KnowledgeDocument>> ListDocumentsAsync(SearchFilter? filter = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var conditions = StoreRows.FilterConditions(filter ?? SearchFilter.None, command);
        command.CommandText = $"SELECT {StoreRows.DocumentColumns} FROM documents d WHERE {conditions} ORDER BY d.source";
        return await ReadDocumentsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<KnowledgeChunk>> GetChunksAsync(string documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {StoreRows.ChunkColumns}, c.embedding FROM chunks c JOIN documents d ON d.id = c.document_id " +
            "WHERE c.document_id = $id ORDER BY c.idx", null, ("$id", documentId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var chunks = new List<KnowledgeChunk>();
        while (await reader.ReadAsync(cancellationToken))
        {
            chunks.Add(StoreRows.ReadChunk(reader, withEmbedding: true));
        }

        return chunks;
    }

    public async Task<int> CountChunksAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ScalarAsync<int>("SELECT count(*) FROM chunks", cancellationToken);
    }

    public async Task ReplaceDocumentAsync(KnowledgeDocument document, IReadOnlyList<KnowledgeChunk> chunks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(chunks);
        ChunkRules.Validate(document, chunks);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await EnsureDimensionsAsync(connection, transaction, chunks, cancellationToken);
            var before = await ReadGenerationAsync(connection, transaction, cancellationToken);
            var removed = await DeleteDocumentRowsAsync(connection, transaction, document.Id, document.Source, cancellationToken);
            await InsertDocumentAsync(connection, transaction, document, chunks.Count, cancellationToken);
            var indexed = await InsertChunksAsync(connection, transaction, document.Domain, chunks, cancellationToken);
            var after = await BumpGenerationAsync(connection, transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            _index?.TryApply(before, after, removed, new IndexedDocument(document.Id, document.Domain, document.Tags), indexed);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var before = await ReadGenerationAsync(connection, transaction, cancellationToken);
            var removed = await DeleteDocumentRowsAsync(connection, transaction, documentId, source: null, cancellationToken);
            if (removed.Count == 0)
            {
                return false;
            }

            var after = await BumpGenerationAsync(connection, transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            _index?.TryApply(before, after, removed, added: null, []);
            return true;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _database.OpenAsync(StoreSchema.Schema, cancellationToken);

    public void Dispose()
    {
        _index?.Dispose();
        _writeLock.Dispose();
        _indexLoadLock.Dispose();
        _database.ReleaseFile();
    }

    private async Task<IReadOnlyList<KnowledgeDocument>> QueryDocumentsAsync(
        string condition, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {StoreRows.DocumentColumns} FROM documents d WHERE {condition}", null, parameters);
        return await ReadDocumentsAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<KnowledgeDocument>> ReadDocumentsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var documents = new List<KnowledgeDocument>();
        while (await reader.ReadAsync(cancellationToken))
        {
            documents.Add(StoreRows.ReadDocument(reader));
        }

        return documents;
    }
}

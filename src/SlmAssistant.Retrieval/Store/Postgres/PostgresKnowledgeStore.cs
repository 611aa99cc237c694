using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Store.Vectors;
using SlmAssistant.Storage.Postgres;

namespace SlmAssistant.Retrieval.Store.Postgres;

/// <summary>
/// The knowledge store on a PostgreSQL server that several replicas share: documents, chunks with their vectors, a
/// tsvector keyword index scored with BM25 (the SQLite store's FTS5 formula and column weights), sentences and the
/// ingestion journal. Vector search runs over this process's in-memory <see cref="VectorIndex"/>, as with SQLite:
/// own writes are applied as deltas; other replicas' writes are read back from <c>store_changes</c>, woken by
/// LISTEN/NOTIFY (<see cref="PostgresChangeListener"/>) and, because a notification can be missed, checked against
/// the generation before every vector search.
/// </summary>
public sealed partial class PostgresKnowledgeStore : IKnowledgeBackend
{
    private readonly PostgresDatabase _database;
    private readonly KnowledgeStoreOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _indexLoadLock = new(1, 1);
    private readonly PostgresChangeListener _listener;
    private VectorIndex? _index;

    public PostgresKnowledgeStore(PostgresDatabase database, IOptions<KnowledgeStoreOptions> options, ILogger<PostgresKnowledgeStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _options = options.Value;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _listener = new PostgresChangeListener(database, PostgresStoreSchema.Channel, RefreshIndexAsync, _logger);
    }

    /// <summary>The generation this process's vector index reflects; null before the first vector search.</summary>
    internal long? IndexGeneration => _index?.Generation;

    public async Task<KnowledgeDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        (await QueryDocumentsAsync("d.id = @id", cancellationToken, ("id", documentId))).SingleOrDefault();

    public async Task<KnowledgeDocument?> FindBySourceAsync(string source, CancellationToken cancellationToken = default) =>
        (await QueryDocumentsAsync("d.source = @source", cancellationToken, ("source", source))).SingleOrDefault();

    public async Task<IReadOnlyList<KnowledgeDocument>> ListDocumentsAsync(SearchFilter? filter = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var conditions = PostgresStoreRows.FilterConditions(filter ?? SearchFilter.None, command);
        command.CommandText = $"SELECT {StoreRows.DocumentColumns} FROM documents d WHERE {conditions} ORDER BY d.source COLLATE \"C\"";
        return await ReadDocumentsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<KnowledgeChunk>> GetChunksAsync(string documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = PostgresStoreRows.Command(connection,
            $"SELECT {StoreRows.ChunkColumns}, c.embedding FROM chunks c JOIN documents d ON d.id = c.document_id " +
            "WHERE c.document_id = @id ORDER BY c.idx", null, ("id", documentId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var chunks = new List<KnowledgeChunk>();
        while (await reader.ReadAsync(cancellationToken))
        {
            chunks.Add(PostgresStoreRows.ReadChunk(reader, withEmbedding: true));
        }

        return chunks;
    }

    public async Task<int> CountChunksAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (int)await PostgresStoreRows.ScalarAsync<long>(connection, "SELECT count(*) FROM chunks", null, cancellationToken);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _index?.Dispose();
        _indexLoadLock.Dispose();
        _spellingLock.Dispose();
    }

    private Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => _database.OpenAsync(PostgresStoreSchema.Schema, cancellationToken);

    private async Task<IReadOnlyList<KnowledgeDocument>> QueryDocumentsAsync(
        string condition, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = PostgresStoreRows.Command(connection, $"SELECT {StoreRows.DocumentColumns} FROM documents d WHERE {condition}", null, parameters);
        return await ReadDocumentsAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<KnowledgeDocument>> ReadDocumentsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var documents = new List<KnowledgeDocument>();
        while (await reader.ReadAsync(cancellationToken))
        {
            documents.Add(PostgresStoreRows.ReadDocument(reader));
        }

        return documents;
    }

    private static async Task<long> ReadGenerationAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken) =>
        await PostgresStoreRows.ScalarAsync<long>(connection, "SELECT generation FROM store_state WHERE id = 1", transaction, cancellationToken);
}

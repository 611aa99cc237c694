using Microsoft.Data.Sqlite;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Retrieval.Store;

/// <summary>
/// The store's tables as an ordered list of migrations (owner "knowledge" in <c>schema_versions</c>; builds before
/// that kept the count in <c>schema_version</c>, taken over on first open).
/// The keyword index is an external-content FTS5 table over <c>chunks</c>, kept in step by triggers, so a delete
/// or replace of chunks (cascades included) always updates it in the same transaction.
/// </summary>
internal static class StoreSchema
{

    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE documents (
            id           TEXT PRIMARY KEY,
            source       TEXT NOT NULL UNIQUE,
            title        TEXT NOT NULL,
            domain       TEXT NOT NULL,
            format       TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            size         INTEGER NOT NULL,
            chunk_count  INTEGER NOT NULL,
            page_count   INTEGER,
            ingested_at  TEXT NOT NULL,
            tags         TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX documents_domain ON documents (domain);

        CREATE TABLE chunks (
            seq          INTEGER PRIMARY KEY,
            id           TEXT NOT NULL UNIQUE,
            document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            domain       TEXT NOT NULL,
            idx          INTEGER NOT NULL,
            text         TEXT NOT NULL,
            title        TEXT NOT NULL,
            section_path TEXT NOT NULL,
            page         INTEGER,
            embedding    BLOB
        );
        CREATE INDEX chunks_document ON chunks (document_id, idx);

        -- domain is indexed only so that a domain filter can narrow the match inside FTS5 (its BM25 weight is 0).
        CREATE VIRTUAL TABLE chunks_fts USING fts5 (
            title, section_path, text, domain,
            content = 'chunks', content_rowid = 'seq',
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER chunks_fts_insert AFTER INSERT ON chunks BEGIN
            INSERT INTO chunks_fts (rowid, title, section_path, text, domain) VALUES (new.seq, new.title, new.section_path, new.text, new.domain);
        END;
        CREATE TRIGGER chunks_fts_delete AFTER DELETE ON chunks BEGIN
            INSERT INTO chunks_fts (chunks_fts, rowid, title, section_path, text, domain) VALUES ('delete', old.seq, old.title, old.section_path, old.text, old.domain);
        END;
        CREATE TRIGGER chunks_fts_update AFTER UPDATE OF title, section_path, text, domain ON chunks BEGIN
            INSERT INTO chunks_fts (chunks_fts, rowid, title, section_path, text, domain) VALUES ('delete', old.seq, old.title, old.section_path, old.text, old.domain);
            INSERT INTO chunks_fts (rowid, title, section_path, text, domain) VALUES (new.seq, new.title, new.section_path, new.text, new.domain);
        END;

        CREATE TABLE ingestion_journal (
            source       TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            step         TEXT NOT NULL,
            error        TEXT,
            updated_at   TEXT NOT NULL
        );

        -- Bumped by every write of documents or chunks, so that an in-memory vector index can tell it is stale,
        -- also when another process wrote.
        CREATE TABLE store_state (
            id         INTEGER PRIMARY KEY CHECK (id = 1),
            generation INTEGER NOT NULL
        );
        INSERT INTO store_state (id, generation) VALUES (1, 0);
        """,
        // 2: a document's public address (shown to customers in citations), the pipeline version that wrote it, and
        // every chunk's sentences with their vectors (answers are composed from them).
        """
        ALTER TABLE documents ADD COLUMN url TEXT;
        ALTER TABLE documents ADD COLUMN pipeline_version INTEGER NOT NULL DEFAULT 1;
        CREATE TABLE chunk_sentences (
            chunk_id  TEXT NOT NULL,
            idx       INTEGER NOT NULL,
            text      TEXT NOT NULL,
            traits    INTEGER NOT NULL,
            embedding BLOB,
            PRIMARY KEY (chunk_id, idx)
        ) WITHOUT ROWID;
        """,
        // 3: a document is named by its path below its domain folder, whatever directory a run started in; the copies
        // one file got under the old scheme (one per working directory) are merged into the newest, re-keyed with its
        // chunks, sentences and journal entry; the keyword index follows the chunks (same rows, same rowids). The full
        // path a file was read from is kept from now on, for sync.
        """
        ALTER TABLE documents ADD COLUMN origin TEXT;
        CREATE TEMP TABLE reidentified AS
            SELECT id AS old_id, source AS old_source, knowledge_identity(source, domain) AS new_source,
                   knowledge_document_id(knowledge_identity(source, domain)) AS new_id, ingested_at
            FROM documents;
        CREATE TEMP TABLE merged_away AS
            SELECT r.old_id FROM reidentified r
            WHERE EXISTS (SELECT 1 FROM reidentified o WHERE o.new_source = r.new_source AND o.old_id <> r.old_id
                          AND (o.ingested_at > r.ingested_at OR (o.ingested_at = r.ingested_at AND o.old_id < r.old_id)));
        DELETE FROM reidentified WHERE old_id IN (SELECT old_id FROM merged_away);
        DELETE FROM ingestion_journal WHERE source IN
            (SELECT source FROM documents WHERE id IN (SELECT old_id FROM merged_away)) OR source IN (SELECT old_source FROM reidentified WHERE old_source <> new_source);
        DELETE FROM chunk_sentences WHERE chunk_id IN (SELECT id FROM chunks WHERE document_id IN (SELECT old_id FROM merged_away));
        DELETE FROM chunks WHERE document_id IN (SELECT old_id FROM merged_away);
        DELETE FROM documents WHERE id IN (SELECT old_id FROM merged_away);
        DELETE FROM reidentified WHERE old_source = new_source;
        INSERT INTO documents (id, source, title, domain, format, content_hash, size, chunk_count, page_count, ingested_at, tags, url, pipeline_version)
            SELECT r.new_id, r.new_source, d.title, d.domain, d.format, d.content_hash, d.size, d.chunk_count, d.page_count,
                   d.ingested_at, d.tags, d.url, d.pipeline_version
            FROM documents d JOIN reidentified r ON r.old_id = d.id;
        UPDATE chunk_sentences SET chunk_id =
            (SELECT r.new_id || ':' || c.idx FROM chunks c JOIN reidentified r ON r.old_id = c.document_id WHERE c.id = chunk_sentences.chunk_id)
            WHERE chunk_id IN (SELECT c.id FROM chunks c JOIN reidentified r ON r.old_id = c.document_id);
        UPDATE chunks SET
            document_id = (SELECT new_id FROM reidentified WHERE old_id = chunks.document_id),
            id = (SELECT new_id FROM reidentified WHERE old_id = chunks.document_id) || ':' || idx
            WHERE document_id IN (SELECT old_id FROM reidentified);
        DELETE FROM documents WHERE id IN (SELECT old_id FROM reidentified);
        INSERT OR REPLACE INTO ingestion_journal (source, content_hash, step, error, updated_at)
            SELECT d.source, d.content_hash, 'ready', NULL, d.ingested_at FROM documents d JOIN reidentified r ON r.new_id = d.id;
        UPDATE store_state SET generation = generation + 1;
        DROP TABLE temp.merged_away;
        DROP TABLE temp.reidentified;
        """,
    ];

    // After Migrations: static initializers run in order.
    public static SqliteSchema Schema { get; } = new("knowledge", Migrations, LegacyVersionTable: "schema_version", Functions: RegisterFunctions);

    /// <summary>The C# the migrations call: migration 3 names documents as <see cref="LegacySourceIdentity"/> does.</summary>
    private static void RegisterFunctions(SqliteConnection connection)
    {
        connection.CreateFunction("knowledge_identity", (string source, string domain) => LegacySourceIdentity.Map(source, domain), isDeterministic: true);
        connection.CreateFunction("knowledge_document_id", (string source) => KnowledgeDocument.IdFor(source), isDeterministic: true);
    }
}

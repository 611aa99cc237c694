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
    ];

    // After Migrations: static initializers run in order.
    public static SqliteSchema Schema { get; } = new("knowledge", Migrations, LegacyVersionTable: "schema_version");
}

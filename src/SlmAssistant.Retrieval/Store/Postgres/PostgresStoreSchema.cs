using SlmAssistant.Storage.Postgres;

namespace SlmAssistant.Retrieval.Store.Postgres;

/// <summary>
/// The knowledge store's tables on PostgreSQL (owner "knowledge" in <c>schema_versions</c>), the same rows as the
/// SQLite store's with the server's own means: the keyword index is a weighted <c>tsvector</c> per chunk (title A,
/// headings B, text D; English stemming) with a GIN index, kept by a trigger with the chunk's token count that BM25
/// needs; <c>store_state</c> holds the generation (bumped under its row lock by every write, so generations are
/// gapless and in commit order) and the corpus totals; <c>store_changes</c> names the documents each generation
/// touched, from which every replica brings its in-memory vector index up to date.
/// </summary>
internal static class PostgresStoreSchema
{
    /// <summary>The channel a write notifies (its payload: the new generation).</summary>
    public const string Channel = "slm_knowledge_changes";

    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE documents (
            id               TEXT PRIMARY KEY,
            source           TEXT NOT NULL UNIQUE,
            title            TEXT NOT NULL,
            domain           TEXT NOT NULL,
            format           TEXT NOT NULL,
            content_hash     TEXT NOT NULL,
            size             BIGINT NOT NULL,
            chunk_count      INTEGER NOT NULL,
            page_count       INTEGER,
            ingested_at      TIMESTAMPTZ NOT NULL,
            tags             JSONB NOT NULL DEFAULT '{}',
            url              TEXT,
            pipeline_version INTEGER NOT NULL DEFAULT 1,
            origin           TEXT
        );
        CREATE INDEX documents_domain ON documents (domain);

        CREATE TABLE chunks (
            seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id           TEXT NOT NULL UNIQUE,
            document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            domain       TEXT NOT NULL,
            idx          INTEGER NOT NULL,
            text         TEXT NOT NULL,
            title        TEXT NOT NULL,
            section_path TEXT NOT NULL,
            page         INTEGER,
            embedding    BYTEA,
            search       TSVECTOR NOT NULL,
            token_count  INTEGER NOT NULL
        );
        CREATE INDEX chunks_document ON chunks (document_id, idx);
        CREATE INDEX chunks_search ON chunks USING GIN (search);

        CREATE FUNCTION knowledge_chunk_search() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.search := setweight(to_tsvector('english', NEW.title), 'A')
                || setweight(to_tsvector('english', NEW.section_path), 'B')
                || setweight(to_tsvector('english', NEW.text), 'D');
            NEW.token_count := (SELECT coalesce(sum(cardinality(u.positions)), 0) FROM unnest(NEW.search) u);
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER chunks_search BEFORE INSERT OR UPDATE OF title, section_path, text ON chunks
            FOR EACH ROW EXECUTE FUNCTION knowledge_chunk_search();

        CREATE TABLE chunk_sentences (
            chunk_id  TEXT NOT NULL REFERENCES chunks (id) ON DELETE CASCADE,
            idx       INTEGER NOT NULL,
            text      TEXT NOT NULL,
            traits    INTEGER NOT NULL,
            embedding BYTEA,
            PRIMARY KEY (chunk_id, idx)
        );

        CREATE TABLE ingestion_journal (
            source       TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            step         TEXT NOT NULL,
            error        TEXT,
            updated_at   TIMESTAMPTZ NOT NULL
        );

        CREATE TABLE store_state (
            id          INTEGER PRIMARY KEY CHECK (id = 1),
            generation  BIGINT NOT NULL,
            chunk_total BIGINT NOT NULL,
            token_total BIGINT NOT NULL
        );
        INSERT INTO store_state (id, generation, chunk_total, token_total) VALUES (1, 0, 0, 0);

        CREATE TABLE store_changes (
            generation BIGINT PRIMARY KEY,
            documents  TEXT[] NOT NULL,
            changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
        );
        """,
    ];

    public static PostgresSchema Schema { get; } = new("knowledge", Migrations);
}

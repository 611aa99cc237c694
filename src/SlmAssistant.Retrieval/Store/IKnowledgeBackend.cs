using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Retrieval.Store;

/// <summary>
/// What one knowledge-store provider implements (SQLite: <see cref="SqliteKnowledgeStore"/>, PostgreSQL:
/// <see cref="Postgres.PostgresKnowledgeStore"/>): the ports Retrieval offers, served by one object over one database.
/// </summary>
internal interface IKnowledgeBackend : IKnowledgeStore, IIngestionJournal, IKnowledgeVocabulary, IDisposable;

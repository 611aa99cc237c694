namespace SlmAssistant.Storage.Postgres;

/// <summary>
/// The tables one owner keeps in the PostgreSQL database, as an ordered list of migrations (like
/// <see cref="Sqlite.SqliteSchema"/>): migration n runs once, when the database's recorded version for
/// <paramref name="Owner"/> is below n. A migration is never edited once shipped.
/// </summary>
/// <param name="Owner">The owning feature ("knowledge", …): the key of its version in <c>schema_versions</c>.</param>
public sealed record PostgresSchema(string Owner, IReadOnlyList<string> Migrations);

using Microsoft.Data.Sqlite;

namespace SlmAssistant.Storage.Sqlite;

/// <summary>
/// The tables one owner keeps in the embedded database, as an ordered list of migrations: migration n runs once, when
/// the file's recorded version for <paramref name="Owner"/> is below n. A migration is never edited once shipped.
/// </summary>
/// <param name="Owner">The owning feature ("knowledge", "ledger", "conversations", "admin"): the key of its version.</param>
/// <param name="LegacyVersionTable">
/// A one-column version table an older build kept for this owner; its version is taken over, then the table dropped.
/// </param>
/// <param name="Functions">
/// Registers the SQL functions the migrations call (computed in C#, such as a hash), on the connection that migrates.
/// </param>
public sealed record SqliteSchema(string Owner, IReadOnlyList<string> Migrations, string? LegacyVersionTable = null, Action<SqliteConnection>? Functions = null);

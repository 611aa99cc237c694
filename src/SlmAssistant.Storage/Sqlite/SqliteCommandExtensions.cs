using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SlmAssistant.Storage.Sqlite;

/// <summary>Small helpers that keep SQL and its parameters side by side, shared by every owner of a table.</summary>
[SuppressMessage("Design", "CA1068:CancellationToken parameters must come last", Justification = "The SQL parameters are a params array, which must come last.")]
public static class SqliteCommandExtensions
{
    public static SqliteCommand Command(
        this SqliteConnection connection, string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(parameters);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static SqliteCommand Command(this SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        connection.Command(sql, null, parameters);

    public static async Task<int> ExecuteAsync(
        this SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, transaction, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static Task<int> ExecuteAsync(
        this SqliteConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        connection.ExecuteAsync(sql, cancellationToken, null, parameters);

    public static async Task<T?> ScalarAsync<T>(
        this SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, transaction, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        if (value is null or DBNull)
        {
            return default;
        }

        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
    }

    /// <summary>UTC ISO-8601 ("O"), which sorts like the instants it names.</summary>
    public static string ToDbTime(this DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ReadTime(this SqliteDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    public static string? ReadNullableString(this SqliteDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }
}

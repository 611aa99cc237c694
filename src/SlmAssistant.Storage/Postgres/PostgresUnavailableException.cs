using Npgsql;

namespace SlmAssistant.Storage.Postgres;

/// <summary>
/// The server in ConnectionStrings:Postgres could not be opened (unreachable, wrong password, no such database …), after
/// the retries a transient failure gets. Its message is <see cref="PostgresConnectionProblem"/>'s one line, and it
/// prints as that line alone: whoever logs it (the key ring, the ingestion queue, seeding) shows the operator what to
/// fix, not a stack trace through the driver, which says nothing about a setting. The driver's exception stays the
/// <see cref="Exception.InnerException"/>, for a debugger.
/// </summary>
public sealed class PostgresUnavailableException : NpgsqlException
{
    public PostgresUnavailableException()
    {
    }

    public PostgresUnavailableException(string message)
        : base(message)
    {
    }

    public PostgresUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public override bool IsTransient => InnerException is NpgsqlException { IsTransient: true };

    public override string? StackTrace => null;

    public override string ToString() => $"{GetType().Name}: {Message}";
}

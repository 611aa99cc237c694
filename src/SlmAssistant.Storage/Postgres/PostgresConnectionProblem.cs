using System.Net.Sockets;
using Npgsql;

namespace SlmAssistant.Storage.Postgres;

/// <summary>
/// What an operator has to fix when the server in ConnectionStrings:Postgres cannot be used, in one line that names
/// the setting, the server and, where it matters, the user or database, and never the password: for the health check
/// and the log, instead of a stack trace.
/// </summary>
public static class PostgresConnectionProblem
{
    private const string Setting = "ConnectionStrings:Postgres";

    /// <summary>The line for <paramref name="exception"/>; null when it is not a failure to reach or use the server.</summary>
    public static string? Describe(Exception exception, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var failure = Find(exception);
        if (failure is PostgresUnavailableException described)
        {
            return described.Message;
        }

        if (failure is null)
        {
            return null;
        }

        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var server = $"{settings.Host}:{settings.Port}";
        return failure switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword } =>
                $"{Setting}: password authentication failed for user \"{settings.Username}\" at {server}",
            PostgresException { SqlState: PostgresErrorCodes.InvalidAuthorizationSpecification } e =>
                $"{Setting}: the server at {server} refused user \"{settings.Username}\": {e.MessageText}",
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } =>
                $"{Setting}: database \"{settings.Database}\" does not exist on {server}",
            PostgresException e => $"{Setting}: the server at {server}/{settings.Database} answered {e.SqlState}: {e.MessageText}",
            { IsTransient: true } e => $"{Setting}: server unreachable at {server} ({Reason(e)})",
            _ => $"{Setting}: {server}/{settings.Database}: {failure.Message}",
        };
    }

    private static NpgsqlException? Find(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException npgsql)
            {
                return npgsql;
            }

            if (e is AggregateException { InnerExceptions.Count: 1 } aggregate)
            {
                return Find(aggregate.InnerExceptions[0]);
            }
        }

        return null;
    }

    private static string Reason(NpgsqlException exception)
    {
        for (Exception? e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is SocketException socket)
            {
                return socket.Message;
            }

            if (e is TimeoutException)
            {
                return "no answer within the connection timeout";
            }
        }

        return exception.InnerException?.Message ?? exception.Message;
    }
}

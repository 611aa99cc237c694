using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Admin.Features.Conversations;
using SlmAssistant.Admin.Infrastructure;

namespace SlmAssistant.Admin.Features.Analytics;

/// <summary>
/// Reads the cost ledger (answer_ledger, written by SlmAssistant.Routing's AnswerLedger, schema in
/// src/SlmAssistant.Routing/Ledger/LedgerSchema.cs: day, route, cost_nanousd, all_cloud_cost_nanousd) for volumes,
/// routes and cost, and the bot's answers and feedback (<see cref="ConversationTables"/>) for unanswered and disliked
/// questions. Without a ledger, questions per day are counted from the bot's answers.
/// </summary>
public sealed class SqliteAnalyticsReader(AdminDatabase database, TimeProvider time, ILogger<SqliteAnalyticsReader> logger) : IAnalyticsReader
{
    public const string LedgerTable = "answer_ledger";
    private const decimal NanoPerDollar = 1_000_000_000m;

    public async Task<AnalyticsSnapshot> ReadAsync(int days, CancellationToken cancellationToken = default)
    {
        days = Math.Clamp(days, 1, 366);
        var since = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1 - days);
        await using var connection = await database.OpenAsync(cancellationToken);
        var hasLedger = await AdminDatabase.TableExistsAsync(connection, LedgerTable, cancellationToken);
        var hasConversations = await AdminDatabase.TableExistsAsync(connection, ConversationTables.Answers, cancellationToken)
            && await AdminDatabase.TableExistsAsync(connection, ConversationTables.Feedback, cancellationToken);

        IReadOnlyList<DailyQuestions> perDay = [];
        IReadOnlyList<RouteCount> routes = [];
        (decimal Cost, decimal AllCloud) cost = (0, 0);
        IReadOnlyList<QuestionCount> unanswered = [];
        IReadOnlyList<QuestionCount> disliked = [];
        try
        {
            if (hasLedger)
            {
                routes = await ReadRoutesAsync(connection, since, cancellationToken);
                perDay = await ReadDaysAsync(connection, $"SELECT day, route, count(*) FROM {LedgerTable} WHERE day >= $since GROUP BY day, route", since, cancellationToken);
                cost = await ReadCostAsync(connection, since, cancellationToken);
            }

            if (hasConversations)
            {
                if (!hasLedger)
                {
                    perDay = await ReadDaysAsync(
                        connection,
                        $"SELECT substr(created_at, 1, 10), route, count(*) FROM {ConversationTables.Answers} WHERE substr(created_at, 1, 10) >= $since GROUP BY 1, 2",
                        since,
                        cancellationToken);
                }

                unanswered = await ReadQuestionsAsync(connection, "a.found = 0", since, cancellationToken);
                disliked = await ReadQuestionsAsync(
                    connection, $"EXISTS (SELECT 1 FROM {ConversationTables.Feedback} f WHERE {ConversationTables.FeedbackOnAnswer} AND f.reaction = 'dislike')", since, cancellationToken);
            }
        }
        catch (SqliteException e)
        {
            logger.LogWarning(e, "The ledger or transcript tables have an unexpected shape");
        }

        return new AnalyticsSnapshot(days, hasLedger, hasConversations, FillDays(perDay, since, days), routes, cost.Cost, cost.AllCloud, unanswered, disliked);
    }

    private static async Task<IReadOnlyList<RouteCount>> ReadRoutesAsync(SqliteConnection connection, DateOnly since, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            $"SELECT route, count(*) FROM {LedgerTable} WHERE day >= $since GROUP BY route ORDER BY count(*) DESC", ("$since", Day(since)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<RouteCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new RouteCount(reader.GetString(0), reader.GetInt32(1)));
        }

        return list;
    }

    private static async Task<IReadOnlyList<DailyQuestions>> ReadDaysAsync(SqliteConnection connection, string sql, DateOnly since, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, ("$since", Day(since)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var days = new Dictionary<DateOnly, DailyQuestions>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!DateOnly.TryParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                continue;
            }

            var count = reader.GetInt32(2);
            var local = IsLocal(reader.GetString(1)) ? count : 0;
            var current = days.GetValueOrDefault(day, new DailyQuestions(day, 0, 0, 0));
            days[day] = current with { Total = current.Total + count, Local = current.Local + local, Escalated = current.Escalated + count - local };
        }

        return days.Values.ToList();
    }

    private static async Task<(decimal, decimal)> ReadCostAsync(SqliteConnection connection, DateOnly since, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            $"SELECT coalesce(sum(cost_nanousd), 0), coalesce(sum(all_cloud_cost_nanousd), 0) FROM {LedgerTable} WHERE day >= $since", ("$since", Day(since)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetInt64(0) / NanoPerDollar, reader.GetInt64(1) / NanoPerDollar)
            : (0m, 0m);
    }

    /// <summary>The questions of the bot's answers matching <paramref name="condition"/>, most frequent first.</summary>
    private static async Task<IReadOnlyList<QuestionCount>> ReadQuestionsAsync(SqliteConnection connection, string condition, DateOnly since, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            $"SELECT min(a.question), count(*) FROM {ConversationTables.Answers} a WHERE substr(a.created_at, 1, 10) >= $since AND {condition} " +
            "GROUP BY lower(trim(a.question)) ORDER BY count(*) DESC, 1 LIMIT 10",
            ("$since", Day(since)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<QuestionCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new QuestionCount(reader.GetString(0), reader.GetInt32(1)));
        }

        return list;
    }

    /// <summary>One entry per day of the period, zeros included, so a chart has no gaps.</summary>
    private static List<DailyQuestions> FillDays(IReadOnlyList<DailyQuestions> days, DateOnly since, int count)
    {
        var byDay = days.ToDictionary(d => d.Day);
        return Enumerable.Range(0, count).Select(i => since.AddDays(i)).Select(d => byDay.GetValueOrDefault(d, new DailyQuestions(d, 0, 0, 0))).ToList();
    }

    private static bool IsLocal(string route) => route is Routes.Local or Routes.Smalltalk;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;
using SlmAssistant.Storage.Postgres;

namespace SlmAssistant.Bot.Conversations;

/// <summary>
/// The Data Protection key ring in the shared PostgreSQL database (table <c>data_protection_keys</c>, owner
/// "data-protection" in <c>schema_versions</c>), so a cookie, antiforgery token or encrypted original protected by one
/// replica is unprotected by every other. <see cref="IXmlRepository"/> is synchronous; the key ring is read once and
/// then cached for hours by the key manager, so these calls block on the async store only rarely.
/// </summary>
public sealed class PostgresXmlRepository(PostgresDatabase database) : IXmlRepository
{
    public static PostgresSchema Schema { get; } = new("data-protection",
    [
        """
        CREATE TABLE data_protection_keys (
            friendly_name TEXT PRIMARY KEY,
            xml           TEXT NOT NULL,
            stored_at     TIMESTAMPTZ NOT NULL DEFAULT now()
        );
        """,
    ]);

    public IReadOnlyCollection<XElement> GetAllElements() => GetAllElementsAsync().GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        StoreElementAsync(element, friendlyName).GetAwaiter().GetResult();
    }

    private async Task<IReadOnlyCollection<XElement>> GetAllElementsAsync()
    {
        await using var connection = await database.OpenAsync(Schema, CancellationToken.None).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT xml FROM data_protection_keys ORDER BY stored_at, friendly_name", connection);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var elements = new List<XElement>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    private async Task StoreElementAsync(XElement element, string friendlyName)
    {
        // Names are unique (key-{guid}, revocation-{time}); should one come again, the newer element wins, as a file would.
        var name = string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName;
        await using var connection = await database.OpenAsync(Schema, CancellationToken.None).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "INSERT INTO data_protection_keys (friendly_name, xml) VALUES (@name, @xml) " +
            "ON CONFLICT (friendly_name) DO UPDATE SET xml = excluded.xml, stored_at = now()", connection);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}

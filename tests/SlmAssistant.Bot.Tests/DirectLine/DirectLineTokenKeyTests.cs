using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using SlmAssistant.Bot.DirectLine;
using SlmAssistant.Bot.Protocol;
using SlmAssistant.Bot.Widget;

namespace SlmAssistant.Bot.Tests.DirectLine;

/// <summary>Where the token key lives: derived from Bot:DirectLineSecret, else in bot_keys only encrypted with Data Protection.</summary>
public sealed class DirectLineTokenKeyTests : IDisposable
{
    private static readonly Dictionary<string, string?> NoSecret = new() { ["Bot:DirectLineSecret"] = "" };

    private readonly TestDirectory _data = new();

    private string DatabasePath => Path.Combine(_data.Path, "knowledge.db");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task WithoutASecretTheDatabaseHoldsNoKeyThatSignsTokens()
    {
        await using var host = await StartAsync(NoSecret);
        var token = await IssueWidgetTokenAsync(host);
        var client = new DirectLineClient(host.Client);
        await client.StartAsync(token.Token);

        var keys = await ReadKeysAsync();
        var forgedWithEachStoredValue = new List<HttpStatusCode>();
        foreach (var stored in keys.Values)
        {
            var forged = HandSignedToken.Sign(stored, token.ConversationId, token.UserId, DateTimeOffset.UtcNow.AddMinutes(10));
            using var response = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{token.ConversationId}/activities", forged);
            forgedWithEachStoredValue.Add(response.StatusCode);
        }

        using var genuine = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{token.ConversationId}/activities", token.Token);

        Assert.Equal([DirectLineSigningKey.ProtectedName], keys.Keys);
        Assert.True(keys[DirectLineSigningKey.ProtectedName].Length > 64, "the stored value is a Data Protection payload, not a 32-byte key");
        Assert.Equal([HttpStatusCode.Unauthorized], forgedWithEachStoredValue);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
    }

    [Fact]
    public async Task WithoutASecretTokensStayValidAfterARestart()
    {
        WidgetTokenResponse token;
        await using (var first = await StartAsync(NoSecret))
        {
            token = await IssueWidgetTokenAsync(first);
            await new DirectLineClient(first.Client).StartAsync(token.Token);
        }

        await using var second = await StartAsync(NoSecret);
        var activities = await new DirectLineClient(second.Client).GetActivitiesAsync(token.ConversationId, token.Token);

        Assert.NotEmpty(activities.Activities);
    }

    [Fact]
    public async Task AKeyKeptInClearByAnEarlierBuildIsEncryptedAndItsTokensStayValid()
    {
        WidgetTokenResponse token;
        await using (var first = await StartAsync(NoSecret))
        {
            token = await IssueWidgetTokenAsync(first);
            await new DirectLineClient(first.Client).StartAsync(token.Token);
        }

        // The database as an earlier build left it: the key in clear under its old name, and a token it signed.
        var clearKey = RandomNumberGenerator.GetBytes(32);
        await using (var connection = await OpenDatabaseAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM bot_keys; INSERT INTO bot_keys (name, value) VALUES ($name, $value);";
            command.Parameters.AddWithValue("$name", DirectLineSigningKey.ClearName);
            command.Parameters.AddWithValue("$value", clearKey);
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        var oldToken = HandSignedToken.Sign(clearKey, token.ConversationId, token.UserId, DateTimeOffset.UtcNow.AddMinutes(10));

        await using var upgraded = await StartAsync(NoSecret);
        var client = new DirectLineClient(upgraded.Client);
        var activities = await client.GetActivitiesAsync(token.ConversationId, oldToken);
        var newToken = await IssueWidgetTokenAsync(upgraded);
        using var withNewToken = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", newToken.Token);

        Assert.NotEmpty(activities.Activities);
        Assert.Equal(HttpStatusCode.Created, withNewToken.StatusCode);
        Assert.Equal([DirectLineSigningKey.ProtectedName], (await ReadKeysAsync()).Keys);
        SqliteConnection.ClearAllPools();
        Assert.Empty(DataDirectoryScan.FindBytes(_data.Path, clearKey));
    }

    [Fact]
    public async Task WithASecretNoKeyIsStoredAndTokensOutliveARestart()
    {
        DirectLineTokenResponse token;
        await using (var first = await StartAsync(settings: null))
        {
            using var generated = await new DirectLineClient(first.Client).SendAsync(
                HttpMethod.Post, "v3/directline/tokens/generate", BotTestHost.DirectLineSecret);
            token = (await generated.Content.ReadFromJsonAsync<DirectLineTokenResponse>(ProtocolJson.Options))!;
            await new DirectLineClient(first.Client).StartAsync(token.Token);
        }

        await using var second = await StartAsync(settings: null);
        var activities = await new DirectLineClient(second.Client).GetActivitiesAsync(token.ConversationId, token.Token);

        Assert.NotEmpty(activities.Activities);
        Assert.Empty(await ReadKeysAsync());
    }

    private Task<BotTestHost> StartAsync(Dictionary<string, string?>? settings) =>
        BotTestHost.StartAsync(new ScriptedAnswerService(), settings, dataDirectory: _data.Path);

    private static async Task<WidgetTokenResponse> IssueWidgetTokenAsync(BotTestHost host)
    {
        using var response = await host.Client.PostAsJsonAsync(new Uri("api/widget/token", UriKind.Relative), new { });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<WidgetTokenResponse>(ProtocolJson.Options))!;
    }

    private async Task<SqliteConnection> OpenDatabaseAsync()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private async Task<Dictionary<string, byte[]>> ReadKeysAsync()
    {
        await using var connection = await OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, value FROM bot_keys ORDER BY name";
        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys[reader.GetString(0)] = (byte[])reader[1];
        }

        return keys;
    }
}

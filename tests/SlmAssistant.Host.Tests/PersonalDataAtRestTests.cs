using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SlmAssistant.Admin.Features.SignIn;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests;

/// <summary>
/// Personal data as the whole product meets it: a customer gives a card number, an SSN, a phone number and an e-mail
/// through Direct Line and /api/ask; afterwards neither the data directory's files (the ledger's kept questions
/// included) nor the console show them, and `slm conversations purge` deletes what came before its date and clears
/// the ledger's questions from before it.
/// </summary>
public sealed partial class PersonalDataAtRestTests : IDisposable
{
    private const string Password = "correct horse battery staple";
    private const string Secret = "host-test-direct-line-secret";
    private const string Message = "My card 4111 1111 1111 1111 was charged twice. SSN 536-22-8417, call 415-555-0132 or write to ana.silva@example.com.";
    private static readonly string[] Secrets = ["4111 1111 1111 1111", "4111111111111111", "536-22-8417", "536228417", "415-555-0132", "4155550132", "ana.silva@example.com"];

    private readonly TempDirectory _knowledge = new("slm-pii-knowledge");

    public PersonalDataAtRestTests()
    {
        var returns = Directory.CreateDirectory(_knowledge.Combine("return-policy")).FullName;
        File.WriteAllText(Path.Combine(returns, "refunds.md"), "# Refunds\n\nA double charge is refunded within 5 business days.\n");
    }

    public void Dispose() => _knowledge.Dispose();

    [Fact]
    public async Task CardSsnPhoneAndEmailFromDirectLineAndTheApiAreNowhereInTheFilesNorTheConsoleAndPurgeDeletesThem()
    {
        await using var host = await RunningHost.StartAsync(
            _knowledge.Path,
            $"--Bot:DirectLineSecret={Secret}",
            "--Admin:Users:0:UserName=alice",
            $"--Admin:Users:0:PasswordHash={PasswordHasher.Hash(Password)}",
            "--Admin:CookieSecurePolicy=SameAsRequest", // The test talks plain http to 127.0.0.1.
            "--Ledger:StoreQuestions=true");
        await host.WaitForHealthAsync(TimeSpan.FromMinutes(3), "Healthy", "Degraded");

        var directLine = await AskThroughDirectLineAsync(host.Client);
        using var asked = await host.Client.PostAsJsonAsync("/api/ask", new { question = Message });
        var api = JsonDocument.Parse(await asked.Content.ReadAsStringAsync()).RootElement.GetProperty("conversationId").GetString()!;
        using var console = await SignInAsync(host.Client.BaseAddress!);
        var pages = new StringBuilder();
        foreach (var id in new[] { directLine, api })
        {
            pages.Append(await console.GetStringAsync(new Uri($"/admin/conversations/{Uri.EscapeDataString(id)}", UriKind.Relative)));
        }

        pages.Append(await console.GetStringAsync(new Uri("/admin/conversations", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("[CARD_1]", pages.ToString(), StringComparison.Ordinal);
        Assert.All(Secrets, s => Assert.DoesNotContain(s, pages.ToString(), StringComparison.Ordinal));
        Assert.Empty(Find(host.DataDirectory));

        var tomorrow = DateTimeOffset.UtcNow.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var yesterday = DateTimeOffset.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var none = await CliProcess.RunAsync(["conversations", "purge", "--before", yesterday, "--data", host.DataDirectory, "--json"]);
        var kept = await CountAsync(host.DataDirectory, "bot_conversations");
        var keptQuestions = await CountAsync(host.DataDirectory, "answer_ledger WHERE question IS NOT NULL");
        var purged = await CliProcess.RunAsync(["conversations", "purge", "--before", tomorrow, "--data", host.DataDirectory, "--json"]);

        Assert.Equal(0, JsonDocument.Parse(none).RootElement.GetProperty("purged").GetProperty("total").GetInt32());
        Assert.Equal(2, kept);
        Assert.Equal(2, keptQuestions);
        Assert.Equal(2, JsonDocument.Parse(purged).RootElement.GetProperty("purged").GetProperty("conversations").GetInt32());
        Assert.Equal(2, JsonDocument.Parse(purged).RootElement.GetProperty("purged").GetProperty("questions").GetInt32());
        Assert.Equal(0, await CountAsync(host.DataDirectory, "answer_ledger WHERE question IS NOT NULL"));
        Assert.Equal(2, await CountAsync(host.DataDirectory, "answer_ledger"));
        foreach (var table in new[] { "bot_conversations", "bot_activities", "bot_answers", "bot_handoffs", "bot_pii_placeholders" })
        {
            Assert.Equal(0, await CountAsync(host.DataDirectory, table));
        }
    }

    // A connection of the test's own, not the host's pool (see the report: the running host's pooled connections were
    // seen to serve rows another process had deleted).
    private static async Task<long> CountAsync(string dataDirectory, string table)
    {
        await using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(dataDirectory, "knowledge.db")};Pooling=False");
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> AskThroughDirectLineAsync(HttpClient client)
    {
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
        using var started = await client.SendAsync(start);
        var conversation = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement;
        var id = conversation.GetProperty("conversationId").GetString()!;
        var token = conversation.GetProperty("token").GetString()!;
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities")
        {
            Content = JsonContent.Create(new { type = "message", from = new { id = "user-1" }, text = Message }),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var posted = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        // The bot's answer to the turn arrives; then the transcript is complete.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (DateTimeOffset.UtcNow < deadline)
        {
            using var read = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities");
            read.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var activities = await client.SendAsync(read);
            var set = JsonDocument.Parse(await activities.Content.ReadAsStringAsync()).RootElement.GetProperty("activities");
            if (set.EnumerateArray().Any(a => a.TryGetProperty("replyToId", out _) && a.GetProperty("type").GetString() == "message"))
            {
                return id;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The bot did not answer over Direct Line.");
    }

    private static async Task<HttpClient> SignInAsync(Uri address)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = address };
        var login = await client.GetStringAsync(new Uri("/admin/login", UriKind.Relative));
        var token = WebUtility.HtmlDecode(TokenField().Match(login).Groups[1].Value);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "alice", ["Password"] = Password, ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync(new Uri("/admin/login", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static List<string> Find(string directory)
    {
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var bytes = memory.ToArray();
            found.AddRange(Secrets.Where(s => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(s)) >= 0).Select(s => $"{file}: {s}"));
        }

        return found;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

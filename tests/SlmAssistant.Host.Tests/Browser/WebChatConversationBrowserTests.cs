using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests.Browser;

/// <summary>
/// A shopper's six-question conversation in the demo store's widget (real Chromium, real Web Chat bundle, the real
/// host seeded with knowledge/): every answer must stand directly under its own question, live and after a reload.
/// Web Chat orders activities itself (sequence ids, livestream sessions), so only the real bundle can show this.
/// </summary>
public sealed partial class WebChatConversationBrowserTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    // A follow-up (3) that only makes sense after (2), and an out-of-scope question (4).
    private static readonly string[] Questions =
    [
        "Is there a restocking fee?",
        "When will I get my refund?",
        "and if I paid with PayPal?",
        "What is the capital of France?",
        "How long do I have to return electronics?",
        "Can I exchange an item for a different size?",
    ];

    [Fact]
    public Task SixQuestionsEachGetTheirAnswerDirectlyBelowLiveAndAfterReload() => RunAsync().WaitAsync(TimeSpan.FromMinutes(8));

    private static async Task RunAsync()
    {
        await using var host = await RunningHost.StartAsync(RepositoryPaths.Knowledge, "--Bot:DirectLine:AllowAnonymousTokens=true");
        await host.WaitForHealthAsync(TimeSpan.FromMinutes(3), "Healthy");
        var database = Path.Combine(host.DataDirectory, "knowledge.db");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new()
        {
            BaseURL = host.Client.BaseAddress!.ToString(),
            ViewportSize = new() { Width = 1280, Height = 900 },
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)Wait.TotalMilliseconds);
        Assertions.SetDefaultExpectTimeout((float)Wait.TotalMilliseconds);

        await page.GotoAsync("/");
        await page.Locator(".slm-w-launcher").ClickAsync();
        var chat = page.Locator(".slm-w-chat");
        var input = chat.Locator("[data-id=webchat-sendbox-input]");
        await Assertions.Expect(input).ToBeEditableAsync();
        await Assertions.Expect(chat.Locator(".webchat__bubble:not(.webchat__bubble--from-user)").First).ToBeVisibleAsync();

        var answers = new List<string>();
        for (var i = 0; i < Questions.Length; i++)
        {
            await input.FillAsync(Questions[i]);
            await input.PressAsync("Enter");
            await Assertions.Expect(chat.Locator(".webchat__bubble--from-user").Filter(new() { HasText = Questions[i] })).ToBeVisibleAsync();

            // The bot's own record of what it answered, in the order it answered.
            var stored = await WaitForAnswersAsync(database, i + 1);
            answers.Add(Lead(stored[i]));
            await WaitUntilShownAsync(chat, answers[i]);
            if (i == OutOfScope)
            {
                // One message offers a person, with Yes/No buttons under it; asking on lets the offer lapse.
                await Assertions.Expect(SuggestedAction(chat, "Yes, connect me")).ToBeVisibleAsync();
                await Assertions.Expect(SuggestedAction(chat, "No, thanks")).ToBeVisibleAsync();
            }
        }

        await ShowWholeTranscriptAsync(page);
        await BrowserSession.ScreenshotAsync(page, "webchat-six-questions");
        AssertEachAnswerUnderItsQuestion(await WebChatTranscript.ReadAsync(chat), answers, "live");
        await CheckTheFirstCitationAsync(page, chat);

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".slm-w-launcher")).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(chat.Locator(".webchat__bubble--from-user")).ToHaveCountAsync(Questions.Length);
        await WaitUntilShownAsync(chat, answers[^1]);
        await ShowWholeTranscriptAsync(page);
        await BrowserSession.ScreenshotAsync(page, "webchat-six-questions-after-reload");
        AssertEachAnswerUnderItsQuestion(await WebChatTranscript.ReadAsync(chat), answers, "after reload");

        // Out of scope again, and this time the customer takes the offer.
        await input.FillAsync(Questions[OutOfScope]);
        await input.PressAsync("Enter");
        await SuggestedAction(chat, "Yes, connect me").ClickAsync();
        await Assertions.Expect(chat.Locator(".webchat__bubble:not(.webchat__bubble--from-user)").Filter(new() { HasText = "passed this conversation to our team" }))
            .ToBeVisibleAsync();
        Assert.Equal("accepted", await WaitForHandoffAsync(database));
        await BrowserSession.ScreenshotAsync(page, "webchat-handoff-accepted");
    }

    private const int OutOfScope = 3;

    private static ILocator SuggestedAction(ILocator chat, string title) =>
        chat.Locator(".webchat__suggested-actions button").Filter(new() { HasText = title });

    // The citation dialog shows where the passage is, the passage with the sentences the answer used in bold, and a
    // public link; never the store's file path.
    private static async Task CheckTheFirstCitationAsync(IPage page, ILocator chat)
    {
        await chat.Locator(".webchat__link-definitions__list-item-text").First.ClickAsync(new() { Force = true });
        var dialog = page.Locator(".webchat__citation-modal-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog.Locator("blockquote strong").First).ToBeVisibleAsync();
        var link = dialog.Locator("a[href^='https://']").First;
        await Assertions.Expect(link).ToBeVisibleAsync();
        Assert.DoesNotContain("knowledge/", await dialog.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "webchat-citation-dialog");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }

    private static async Task<string?> WaitForHandoffAsync(string databasePath)
    {
        var deadline = DateTimeOffset.UtcNow + Wait;
        while (true)
        {
            await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT state FROM bot_handoffs WHERE state <> 'offered' ORDER BY created_at DESC LIMIT 1";
                if (await command.ExecuteScalarAsync() is string state)
                {
                    return state;
                }
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, "No handoff was recorded.");
            await Task.Delay(200);
        }
    }

    private static void AssertEachAnswerUnderItsQuestion(IReadOnlyList<TranscriptEntry> entries, List<string> answers, string when)
    {
        var dump = $"Transcript {when}:\n{WebChatTranscript.Describe(entries)}";
        var asked = entries.Select((e, index) => (e, index)).Where(x => x.e.FromUser).Select(x => x.index).ToList();
        Assert.True(asked.Count == Questions.Length, $"{Questions.Length} questions expected. {dump}");
        Assert.True(entries.Take(asked[0]).All(e => !answers.Any(a => Shows(e, a))), $"An answer stands above the first question. {dump}");
        for (var i = 0; i < Questions.Length; i++)
        {
            Assert.True(entries[asked[i]].Text.Contains(Questions[i], StringComparison.Ordinal), $"Question {i + 1} out of place. {dump}");
            var end = i + 1 < asked.Count ? asked[i + 1] : entries.Count;
            Assert.True(asked[i] + 1 < end && Shows(entries[asked[i] + 1], answers[i]), $"Answer {i + 1} is not directly under question {i + 1}. {dump}");
            for (var j = asked[i] + 1; j < end; j++)
            {
                var other = answers.FindIndex(a => Shows(entries[j], a));
                Assert.True(other == -1 || other == i, $"Answer {other + 1} stands under question {i + 1}. {dump}");
            }
        }
    }

    private static bool Shows(TranscriptEntry entry, string lead) =>
        !entry.FromUser && Normalize(entry.Text).Contains(lead, StringComparison.OrdinalIgnoreCase);

    /// <summary>The first words of an answer, as Web Chat renders them (Markdown and citation markers aside).</summary>
    private static string Lead(string answer)
    {
        var cut = answer.IndexOf('[', StringComparison.Ordinal);
        var words = Normalize(cut < 0 ? answer : answer[..cut]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(7));
    }

    // Web Chat's Markdown renderer prints typographic quotes.
    private static string Normalize(string text) =>
        Whitespace().Replace(MarkdownMarks().Replace(text, " "), " ").Trim()
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"');

    private static async Task WaitUntilShownAsync(ILocator chat, string lead)
    {
        var deadline = DateTimeOffset.UtcNow + Wait;
        while (true)
        {
            var entries = await WebChatTranscript.ReadAsync(chat);
            if (entries.Any(e => Shows(e, lead)))
            {
                return;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                Assert.Fail($"\"{lead}\" never appeared.\n{WebChatTranscript.Describe(entries)}");
            }

            await Task.Delay(200);
        }
    }

    // The panel is a fixed-height box with its own scroll bar: make it tall enough that one screenshot shows it all.
    private static async Task ShowWholeTranscriptAsync(IPage page)
    {
        await page.SetViewportSizeAsync(1280, 3000);
        await page.AddStyleTagAsync(new() { Content = ".slm-w-panel{height:2780px !important;max-height:none !important}" });
        await page.WaitForTimeoutAsync(300);
    }

    private static async Task<List<string>> WaitForAnswersAsync(string databasePath, int count)
    {
        var deadline = DateTimeOffset.UtcNow + Wait;
        while (true)
        {
            var answers = new List<string>();
            await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT answer FROM bot_answers ORDER BY created_at";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    answers.Add(reader.GetString(0));
                }
            }

            if (answers.Count >= count)
            {
                return answers;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"Answer {count} was never stored.");
            await Task.Delay(200);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[*_#>|`]")]
    private static partial Regex MarkdownMarks();
}

using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests.Browser;

/// <summary>
/// The demo store's chat widget as a shopper uses it: real Chromium, real Web Chat, the real host seeded with the
/// repository's knowledge/, asked a question of the evaluation set (rp-003).
/// </summary>
public sealed class WidgetBrowserTests
{
    private const string EvalQuestionId = "rp-003";
    private const string CitedTitle = "Return Windows by Category";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private static readonly (string Text, string Expected) EvalQuestion = LoadEvalQuestion();

    private static string Question => EvalQuestion.Text;

    [Fact]
    public Task WidgetAnswersWithACitationTakesFeedbackAndKeepsHistoryAcrossReload() =>
        RunAsync().WaitAsync(TimeSpan.FromMinutes(6));

    private static async Task RunAsync()
    {
        await using var host = await RunningHost.StartAsync(RepositoryPaths.Knowledge, "--Bot:DirectLine:AllowAnonymousTokens=true");
        await host.WaitForHealthAsync(TimeSpan.FromMinutes(3), "Healthy");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new()
        {
            BaseURL = host.Client.BaseAddress!.ToString(),
            ViewportSize = new() { Width = 1280, Height = 860 },
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)Wait.TotalMilliseconds);
        page.SetDefaultNavigationTimeout((float)Wait.TotalMilliseconds);
        Assertions.SetDefaultExpectTimeout((float)Wait.TotalMilliseconds);

        // Open the store page and the widget; ask.
        await page.GotoAsync("/");
        await page.Locator(".slm-w-launcher").ClickAsync();
        var input = page.Locator(".slm-w-chat [data-id=webchat-sendbox-input]");
        await Assertions.Expect(input).ToBeEditableAsync();

        // The welcome message arrives over Direct Line: once it is shown the connection is up and a message will be
        // sent (on a loaded machine the send box is editable before Web Chat has connected).
        await Assertions.Expect(page.Locator(".slm-w-chat .webchat__bubble:not(.webchat__bubble--from-user)").First).ToBeVisibleAsync();
        await input.FillAsync(Question);
        await input.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".slm-w-chat .webchat__bubble--from-user").Filter(new() { HasText = Question })).ToBeVisibleAsync();

        // The answer, with its citation and the thumbs Web Chat shows for the Like/Dislike actions.
        var answer = BotAnswer(page);
        await Assertions.Expect(answer).ToContainTextAsync(EvalQuestion.Expected);
        var like = answer.GetByRole(AriaRole.Button, new() { Name = "Like", Exact = true });
        await Assertions.Expect(like).ToBeVisibleAsync();
        // Web Chat 4.18 turns "[1]" + "[1]: cite:1 ..." into an inline citation marker and an "N references" list
        // whose first entry shows the Claim's document title (a supporting sentence may cite a second passage).
        await Assertions.Expect(answer.Locator(".webchat__render-markdown__citation").First).ToHaveTextAsync("1");
        await Assertions.Expect(answer.Locator(".webchat__link-definitions__header-text")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^[12] references?$"));
        await Assertions.Expect(answer.Locator(".webchat__link-definitions__list-item-text").First).ToContainTextAsync(CitedTitle);
        await BrowserSession.ScreenshotAsync(page, "widget-01-answer");

        // A thumbs-up is stored with the answer it judges.
        await like.ClickAsync();
        var reactions = await WaitForFeedbackAsync(Path.Combine(host.DataDirectory, "knowledge.db"), Wait);
        Assert.Equal(["like"], reactions);

        // A reload reopens the widget on the same conversation, with its history.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".slm-w-launcher")).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(page.Locator(".slm-w-chat .webchat__bubble--from-user")).ToContainTextAsync(Question);
        await Assertions.Expect(BotAnswer(page)).ToContainTextAsync(EvalQuestion.Expected);
        await Assertions.Expect(page.Locator(".slm-w-chat .webchat__connectivityStatus")).ToHaveCountAsync(0);
        await BrowserSession.ScreenshotAsync(page, "widget-02-after-reload");
    }

    private static ILocator BotAnswer(IPage page) =>
        page.Locator(".slm-w-chat .webchat__stacked-layout", new() { Has = page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)"), HasText = EvalQuestion.Expected }).Last;

    /// <summary>Polls bot_feedback until a row appears; the click travels browser → Direct Line → bot → SQLite.</summary>
    private static async Task<List<string>> WaitForFeedbackAsync(string databasePath, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var reactions = new List<string>();
            await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT reaction FROM bot_feedback WHERE answer_id IS NOT NULL ORDER BY id";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    reactions.Add(reader.GetString(0));
                }
            }

            if (reactions.Count > 0 || DateTimeOffset.UtcNow > deadline)
            {
                return reactions;
            }

            await Task.Delay(250);
        }
    }

    private static (string Text, string Expected) LoadEvalQuestion()
    {
        foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.EvalQuestions, "return-policy.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.GetProperty("id").GetString() == EvalQuestionId)
            {
                return (json.RootElement.GetProperty("question").GetString()!, json.RootElement.GetProperty("expected").GetString()!);
            }
        }

        throw new InvalidOperationException($"{EvalQuestionId} is not in tests/eval/return-policy.jsonl");
    }
}

using Microsoft.Playwright;
using SlmAssistant.Admin.Tests.Support;

namespace SlmAssistant.Admin.Tests.Browser;

/// <summary>The console as a support agent uses it, in a real browser against the real stack.</summary>
public sealed class ConsoleBrowserTests : AdminAppTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task AnAdminSignsInUploadsAPdfAndADocxFindsThemInThePlaygroundAndDeletesOne()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new() { BaseURL = App.BaseAddress.ToString(), ViewportSize = new() { Width = 1360, Height = 860 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)Wait.TotalMilliseconds);

        // An anonymous visitor is sent to sign in.
        await page.GotoAsync("/admin/documents");
        Assert.Contains("/admin/login", page.Url, StringComparison.OrdinalIgnoreCase);
        await BrowserSession.ScreenshotAsync(page, "01-sign-in");

        await page.FillAsync("input[name=UserName]", AdminTestApp.UserName);
        await page.FillAsync("input[name=Password]", "not the password");
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator(".flash.bad")).ToContainTextAsync("wrong");

        await page.FillAsync("input[name=Password]", AdminTestApp.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/admin/documents");
        await Assertions.Expect(page.Locator(".empty")).ToContainTextAsync("No documents yet");
        await BrowserSession.ScreenshotAsync(page, "02-documents-empty");

        // Upload: the PDF through the file chooser, the DOCX dropped on the drop zone.
        await page.GotoAsync("/admin/upload");
        await page.FillAsync("#domain", "outdoor");
        await page.SetInputFilesAsync("#files", new FilePayload { Name = "glacier-warranty.pdf", MimeType = "application/pdf", Buffer = SampleFiles.GlacierWarrantyPdf() });
        await DropFileAsync(page, "#dropzone", "kayak-rental.docx", SampleFiles.KayakRentalDocx());
        await Assertions.Expect(page.Locator("tr[data-state=ready]")).ToHaveCountAsync(2, new() { Timeout = (float)Wait.TotalMilliseconds });
        await BrowserSession.ScreenshotAsync(page, "03-upload");

        // A file that is not a document is refused at once, with the reason.
        await page.SetInputFilesAsync("#files", new FilePayload { Name = "photo.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Png() });
        await Assertions.Expect(page.Locator("tr[data-state=rejected]")).ToContainTextAsync("PNG");

        await page.GotoAsync("/admin/documents");
        await Assertions.Expect(page.Locator("a.doc-title")).ToHaveTextAsync(["Glacier Tent Warranty", "Kayak Rental Terms"]);
        await BrowserSession.ScreenshotAsync(page, "04-documents");

        await page.ClickAsync("a.doc-title:text('Kayak Rental Terms')");
        await Assertions.Expect(page.Locator("article.chunk").First).ToContainTextAsync("deposit");
        await BrowserSession.ScreenshotAsync(page, "05-document-chunks");

        // The playground finds the new content, with its citation.
        await page.GotoAsync("/admin/playground");
        await BrowserSession.ScreenshotAsync(page, "06-playground-empty");
        await AskAsync(page, "How long is the warranty on the Glacier tent?");
        await Assertions.Expect(page.Locator("#answer .answer-text")).ToContainTextAsync("seven years");
        await Assertions.Expect(page.Locator(".citations")).ToContainTextAsync("Glacier Tent Warranty");
        await Assertions.Expect(page.Locator("article.hit").First).ToContainTextAsync("keyword");
        await BrowserSession.ScreenshotAsync(page, "07-playground-answer");

        // Delete one; it is gone from the list and from search.
        await page.GotoAsync("/admin/documents");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.Locator("tr", new() { HasText = "Glacier Tent Warranty" }).Locator("button.danger").ClickAsync();
        await Assertions.Expect(page.Locator(".flash.ok")).ToContainTextAsync("deleted");
        await Assertions.Expect(page.Locator("a.doc-title")).ToHaveTextAsync(["Kayak Rental Terms"]);
        await AskAsync(page, "How long is the warranty on the Glacier tent?");
        await Assertions.Expect(page.Locator("article.hit").First).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("article.hit", new() { HasText = "Glacier Tent Warranty" }).CountAsync());

        await page.GotoAsync("/admin/audit");
        await Assertions.Expect(page.Locator("table.audit")).ToContainTextAsync("delete");
        await BrowserSession.ScreenshotAsync(page, "08-audit");

        // The rest of the console, with the bot's and the ledger's data in place.
        await page.GotoAsync("/admin/conversations");
        await Assertions.Expect(page.Locator(".empty")).ToContainTextAsync("No data yet");
        await BotActivity.SeedAsync(App.DataDirectory, DateTimeOffset.UtcNow);
        foreach (var (path, name) in new[] { ("/admin/conversations", "09-conversations"), ("/admin/conversations/c2", "10-transcript"), ("/admin/analytics", "11-analytics"), ("/admin", "12-overview") })
        {
            await page.GotoAsync(path);
            await BrowserSession.ScreenshotAsync(page, name);
        }

        await Assertions.Expect(page.Locator(".stat").First).ToContainTextAsync("1");
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/admin/documents");
        await BrowserSession.ScreenshotAsync(page, "13-documents-phone");

        // The API answers an anonymous client with 401.
        var anonymous = await playwright.APIRequest.NewContextAsync(new() { BaseURL = App.BaseAddress.ToString() });
        var response = await anonymous.GetAsync("/admin/api/documents");
        Assert.Equal(401, response.Status);
        await anonymous.DisposeAsync();
    }

    private static async Task AskAsync(IPage page, string question)
    {
        if (!page.Url.Contains("/admin/playground", StringComparison.OrdinalIgnoreCase))
        {
            await page.GotoAsync("/admin/playground");
        }

        await page.FillAsync("input[name=Question]", question);
        await page.ClickAsync("form.ask button[type=submit]");
        await page.WaitForSelectorAsync(".timings");
    }

    /// <summary>A real drop event carrying a File, as the operating system's drag and drop delivers it.</summary>
    private static async Task DropFileAsync(IPage page, string selector, string name, byte[] content)
    {
        await page.EvalOnSelectorAsync(selector, """
            (zone, file) => {
                const bytes = Uint8Array.from(atob(file.base64), c => c.charCodeAt(0));
                const transfer = new DataTransfer();
                transfer.items.add(new File([bytes], file.name));
                zone.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: transfer }));
                zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
            }
            """, new { name, base64 = Convert.ToBase64String(content) });
    }
}

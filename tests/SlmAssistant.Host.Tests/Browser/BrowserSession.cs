using Microsoft.Playwright;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests.Browser;

/// <summary>Debian's headless Chromium driven by Playwright (no browser download), and where screenshots go.</summary>
public static class BrowserSession
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Kept as test artifacts: artifacts/screenshots in the repository (git-ignored), or SLM_TEST_ARTIFACTS.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("SLM_TEST_ARTIFACTS") is { Length: > 0 } artifacts ? artifacts : Path.Combine(RepositoryPaths.Root, "artifacts"),
        "screenshots");

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: apt-get install -y chromium");
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"{name}.png"), FullPage = true });
    }
}

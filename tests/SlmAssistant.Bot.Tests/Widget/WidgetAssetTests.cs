using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace SlmAssistant.Bot.Tests.Widget;

public sealed class WidgetAssetTests : IAsyncLifetime
{
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync(new ScriptedAnswerService());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task WidgetScriptIsServedWithCachingHeaders()
    {
        using var response = await _host.Client.GetAsync(new Uri("widget.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(300), response.Headers.CacheControl!.MaxAge);
        Assert.True(response.Headers.CacheControl.Public);
        var script = await response.Content.ReadAsStringAsync();
        Assert.Contains("createDirectLine({ token: session.token, domain: base + '/v3/directline', webSocket: true })", script, StringComparison.Ordinal);
        Assert.Contains("/api/widget/token", script, StringComparison.Ordinal);
        Assert.Contains("sessionStorage", script, StringComparison.Ordinal);
        Assert.Contains("/webchat/webchat.js", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebChatBundleIsServedGzippedAndRevalidatedByItsETag()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "webchat/webchat.js");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await _host.Client.SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        using var again = new HttpRequestMessage(HttpMethod.Get, "webchat/webchat.js");
        again.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var revalidated = await _host.Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal(TimeSpan.FromDays(1), response.Headers.CacheControl!.MaxAge);
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var text = new StreamReader(gzip, Encoding.UTF8);
        var bundle = await text.ReadToEndAsync();
        Assert.True(bundle.Length > 3_000_000, $"The bundle is {bundle.Length} characters.");
        Assert.Contains("renderWebChat", bundle, StringComparison.Ordinal);
        Assert.Contains("createDirectLine", bundle, StringComparison.Ordinal);
        Assert.True(compressed.Length < bundle.Length / 2);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task DemoPageShowsTheStoreWithTheWidget()
    {
        var page = await _host.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        var clinic = await _host.Client.GetStringAsync(new Uri("demo/clinic", UriKind.Relative));
        using var missing = await _host.Client.GetAsync(new Uri("demo/nowhere", UriKind.Relative));

        Assert.Contains("<h1>Harbor &amp; Pine Outfitters</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/widget.js\" data-title=\"Harbor &amp; Pine help\" data-color=\"#1f5f4a\" data-domain=\"return-policy\" async>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/demo/clinic\"", page, StringComparison.Ordinal);
        Assert.Contains("Maple Grove Family Clinic", clinic, StringComparison.Ordinal);
        Assert.Contains("data-domain=\"medical\"", clinic, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task AnUnknownDemoIsAnHtmlPageLinkingToTheRealOnes()
    {
        using var missing = await _host.Client.GetAsync(new Uri("demo/%3Cscript%3Enowhere", UriKind.Relative));
        var html = await missing.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/html", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("&lt;script&gt;nowhere", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>nowhere", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">Harbor &amp; Pine Outfitters</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/demo/clinic\">Maple Grove Family Clinic</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/demo/brightlane\">Brightlane Software</a>", html, StringComparison.Ordinal);
    }
}

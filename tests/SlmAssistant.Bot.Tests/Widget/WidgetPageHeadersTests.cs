using SlmAssistant.Bot.Widget;

namespace SlmAssistant.Bot.Tests.Widget;

public sealed class WidgetPageHeadersTests : IAsyncLifetime
{
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync(new ScriptedAnswerService());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/demo/clinic")]
    [InlineData("/demo/no-such-tenant")]
    public async Task WidgetHostPagesForbidForeignFramingSniffingAndForeignScripts(string path)
    {
        using var response = await _host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(WidgetPageHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)", html); // script-src 'self' would block an inline one
    }

    [Fact]
    public async Task TheWidgetScriptIsNotSniffed()
    {
        using var response = await _host.Client.GetAsync(new Uri("/widget.js", UriKind.Relative));

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}

using Microsoft.Extensions.Options;
using SlmAssistant.Routing.Routing;
using SlmAssistant.Routing.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace SlmAssistant.Routing.Tests.Routing;

public class ScopeRoutingOptionsTests
{
    [Fact]
    public void ThresholdOutOfRangeFailsValidation()
    {
        using var host = new RouterHost(settings: new Dictionary<string, string?> { ["Routing:DomainThreshold"] = "1.5" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<ScopeRoutingOptions>>().Value);

        Assert.Contains(nameof(ScopeRoutingOptions.DomainThreshold), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingExemplarFolderFailsOnFirstUseAndIsRetried()
    {
        using var host = new RouterHost("/no/such/exemplars");

        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => host.Router.RouteAsync("hi", []));
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => host.Router.RouteAsync("hi", []));
    }
}

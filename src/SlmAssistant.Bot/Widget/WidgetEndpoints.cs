using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SlmAssistant.Bot.DirectLine;

namespace SlmAssistant.Bot.Widget;

/// <summary>The embeddable widget: its script, the Web Chat bundle, its token endpoint and the demo pages.</summary>
public static class WidgetEndpoints
{
    public static IEndpointRouteBuilder MapWidget(this IEndpointRouteBuilder app)
    {
        var widget = app.MapGroup(string.Empty).WithTags("Widget");
        widget.MapGet("/widget.js", (HttpContext http, WidgetAssets assets) => assets.WidgetScript.Serve(http)).WithName("WidgetScript");
        widget.MapGet("/webchat/webchat.js", (HttpContext http, WidgetAssets assets) => assets.WebChatScript.Serve(http)).WithName("WebChatScript");
        widget.MapPost("/api/widget/token", WidgetTokenHandler.IssueAsync).AddEndpointFilter<CorsFilter>().WithName("WidgetToken");
        widget.MapMethods("/api/widget/token", [HttpMethods.Options], CorsFilter.Preflight).ExcludeFromDescription();
        widget.MapGet("/", (WidgetAssets assets) => DemoPage.Render(assets, DemoTenant.Default))
            .AddEndpointFilter<WidgetPageHeaders>().WithName("DemoPage").ExcludeFromDescription();
        widget.MapGet("/demo/{tenant}", (string tenant, WidgetAssets assets) => DemoTenant.Find(tenant) is { } found
            ? DemoPage.Render(assets, found)
            : DemoPage.NotFound(tenant)).AddEndpointFilter<WidgetPageHeaders>().ExcludeFromDescription();
        return app;
    }
}

using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SlmAssistant.Bot.Widget;

/// <summary>Fills the demo page template (Widget/demo.html) for one tenant.</summary>
public static class DemoPage
{
    public static IResult Render(WidgetAssets assets, DemoTenant tenant)
    {
        var cards = new StringBuilder();
        foreach (var (title, text) in tenant.Cards)
        {
            cards.Append("<article class=\"card\"><h3>").Append(Html(title)).Append("</h3><p>").Append(Html(text)).Append("</p></article>\n");
        }

        var others = new StringBuilder();
        foreach (var other in DemoTenant.All.Where(t => t != tenant))
        {
            var href = other == DemoTenant.Default ? "/" : $"/demo/{other.Slug}";
            others.Append("<a href=\"").Append(href).Append("\">").Append(Html(other.Name)).Append("</a> ");
        }

        var html = Encoding.UTF8.GetString(assets.DemoPage.Bytes)
            .Replace("{{Name}}", Html(tenant.Name), StringComparison.Ordinal)
            .Replace("{{Tagline}}", Html(tenant.Tagline), StringComparison.Ordinal)
            .Replace("{{Color}}", tenant.Color, StringComparison.Ordinal)
            .Replace("{{WidgetTitle}}", Html(tenant.WidgetTitle), StringComparison.Ordinal)
            .Replace("{{Domain}}", Html(tenant.Domain), StringComparison.Ordinal)
            .Replace("{{Cards}}", cards.ToString(), StringComparison.Ordinal)
            .Replace("{{OtherTenants}}", others.ToString().Trim(), StringComparison.Ordinal);
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>An HTML 404 for a tenant that does not exist, with links to the ones that do.</summary>
    public static IResult NotFound(string tenant)
    {
        var links = new StringBuilder();
        foreach (var known in DemoTenant.All)
        {
            var href = known == DemoTenant.Default ? "/" : $"/demo/{known.Slug}";
            links.Append("<li><a href=\"").Append(href).Append("\">").Append(Html(known.Name)).Append("</a></li>");
        }

        var html = $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>No such demo (SlmAssistant)</title>
            <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1d2327}a{color:#1f5f4a}</style>
            </head><body><h1>No demo called &ldquo;{{Html(tenant)}}&rdquo;</h1>
            <p>These demo pages exist, each with the chat widget for its own knowledge:</p><ul>{{links}}</ul>
            </body></html>
            """;
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}

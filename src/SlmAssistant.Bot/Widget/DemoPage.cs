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

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}

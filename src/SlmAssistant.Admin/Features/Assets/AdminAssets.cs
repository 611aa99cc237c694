using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SlmAssistant.Admin.Features.Assets;

/// <summary>
/// Serves the console's CSS, JavaScript and icons from the assembly's embedded resources under /admin/assets/, with an
/// ETag; nothing comes from a CDN and the host needs no static-file setup.
/// </summary>
public static class AdminAssets
{
    private const string ResourcePrefix = "SlmAssistant.Admin.Assets.";

    private static readonly Lazy<FrozenDictionary<string, Asset>> Assets = new(Load);

    /// <summary>The asset's URL with a version query from its content hash, so browsers cache it until it changes.</summary>
    public static string Url(string name) =>
        Assets.Value.TryGetValue(name, out var asset) ? $"/admin/assets/{name}?v={asset.ETag.Trim('"')[..12]}" : $"/admin/assets/{name}";

    public static IEndpointRouteBuilder MapAdminAssets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/assets/{name}", (string name, HttpContext context) =>
            {
                if (!Assets.Value.TryGetValue(name, out var asset))
                {
                    return Results.NotFound();
                }

                context.Response.Headers.CacheControl = "public, max-age=86400";
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers.ETag = asset.ETag;
                return context.Request.Headers.IfNoneMatch == asset.ETag
                    ? Results.StatusCode(StatusCodes.Status304NotModified)
                    : Results.Bytes(asset.Content, asset.ContentType);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return endpoints;
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(AdminAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            var name = resource[ResourcePrefix.Length..];
            assets[name] = new Asset(content, ContentType(name), $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..32]}\"");
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    private sealed record Asset(byte[] Content, string ContentType, string ETag);
}

using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace SlmAssistant.Bot.Widget;

/// <summary>
/// A file embedded in this assembly, served with an ETag (304 when unchanged), caching headers and, when the client
/// takes it, gzip (compressed once, on first request: Web Chat's 3.9 MB bundle goes out as about 1 MB).
/// </summary>
public sealed class EmbeddedAsset
{
    private readonly Lazy<byte[]> _bytes;
    private readonly Lazy<byte[]> _gzip;
    private readonly Lazy<string> _hash;

    public EmbeddedAsset(string resourceName, string contentType, string cacheControl)
    {
        ContentType = contentType;
        CacheControl = cacheControl;
        _bytes = new Lazy<byte[]>(() => Read(resourceName));
        _gzip = new Lazy<byte[]>(() => Compress(_bytes.Value));
        _hash = new Lazy<string>(() => Convert.ToHexStringLower(SHA256.HashData(_bytes.Value))[..16]);
    }

    public string ContentType { get; }

    public string CacheControl { get; }

    public byte[] Bytes => _bytes.Value;

    public IResult Serve(HttpContext http)
    {
        var gzip = http.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);
        var headers = http.Response.Headers;
        headers.CacheControl = CacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.XContentTypeOptions = "nosniff";
        if (gzip)
        {
            headers.ContentEncoding = "gzip";
        }

        // Each encoding is its own representation, with its own tag.
        var tag = new EntityTagHeaderValue($"\"{_hash.Value}{(gzip ? "-gz" : string.Empty)}\"");
        return TypedResults.Bytes(gzip ? _gzip.Value : _bytes.Value, ContentType, entityTag: tag);
    }

    private static byte[] Read(string resourceName)
    {
        using var stream = typeof(EmbeddedAsset).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The resource {resourceName} is not embedded in SlmAssistant.Bot.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static byte[] Compress(byte[] bytes)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal))
        {
            gzip.Write(bytes);
        }

        return memory.ToArray();
    }
}

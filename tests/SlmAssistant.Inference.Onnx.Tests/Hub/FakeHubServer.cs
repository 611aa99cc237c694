using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SlmAssistant.Inference.Onnx.Tests.Hub;

/// <summary>
/// Kestrel on 127.0.0.1 playing a Hugging Face hub for one repository served from a folder: the tree API
/// (paginated with Link headers, LFS metadata for .onnx files) and resolve downloads with Range support.
/// </summary>
internal sealed class FakeHubServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _root;

    private FakeHubServer(WebApplication app, string root)
    {
        _app = app;
        _root = root;
    }

    public const string Repository = "contoso/tiny-slm";

    public Uri Endpoint => new(_app.Urls.First());

    public ConcurrentQueue<(string Path, string? Range, string? Authorization)> Requests { get; } = new();

    /// <summary>Repository path → the SHA-256 the tree claims instead of the real one.</summary>
    public ConcurrentDictionary<string, string> FalseSha256 { get; } = new();

    /// <summary>Entries listed besides the real files (e.g. unsafe paths).</summary>
    public ConcurrentBag<string> ExtraPaths { get; } = [];

    public int PageSize { get; set; } = 3;

    public IEnumerable<string> ResolvedPaths => Requests.Where(request => request.Path.Contains("/resolve/", StringComparison.Ordinal)).Select(request => request.Path);

    public static async Task<FakeHubServer> StartAsync(string root)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeHubServer(app, root);
        app.Use(async (context, next) =>
        {
            server.Requests.Enqueue((context.Request.Path.Value!, context.Request.Headers.Range.FirstOrDefault(), context.Request.Headers.Authorization.FirstOrDefault()));
            await next(context);
        });
        app.MapGet("/api/models/{owner}/{name}/tree/{revision}", server.Tree);
        app.MapGet("/{owner}/{name}/resolve/{revision}/{**path}", server.Resolve);
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private IResult Tree(string owner, string name, string revision, int? cursor, HttpContext context)
    {
        if ($"{owner}/{name}" != Repository || revision != "main")
        {
            return Results.NotFound(new { error = "Repository not found" });
        }

        var entries = Entries().ToList();
        var start = cursor ?? 0;
        if (start + PageSize < entries.Count)
        {
            context.Response.Headers.Link = $"<{Endpoint}api/models/{Repository}/tree/main?recursive=true&cursor={start + PageSize}>; rel=\"next\"";
        }

        return Results.Json(entries.Skip(start).Take(PageSize));
    }

    private IResult Resolve(string owner, string name, string revision, string path)
    {
        var file = Path.Combine(_root, path);
        return $"{owner}/{name}" == Repository && File.Exists(file)
            ? Results.File(file, "application/octet-stream", enableRangeProcessing: true)
            : Results.NotFound();
    }

    private IEnumerable<object> Entries()
    {
        foreach (var directory in Directory.GetDirectories(_root, "*", SearchOption.AllDirectories))
        {
            yield return new { type = "directory", oid = "0000", size = 0, path = Relative(directory) };
        }

        foreach (var file in Directory.GetFiles(_root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = Relative(file);
            var size = new FileInfo(file).Length;
            var oid = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
            yield return Path.GetExtension(file) is ".onnx" or ".onnx_adapter"
                ? (object)new { type = "file", oid = oid[..40], size, path, lfs = new { oid = FalseSha256.GetValueOrDefault(path, oid), size, pointerSize = 134 } }
                : new { type = "file", oid = oid[..40], size, path };
        }

        foreach (var path in ExtraPaths)
        {
            yield return new { type = "file", oid = "1234", size = 4, path };
        }
    }

    private string Relative(string path) => Path.GetRelativePath(_root, path).Replace('\\', '/');
}

using System.Net;
using System.Net.Sockets;

namespace SlmAssistant.Host.Tests.Telemetry;

/// <summary>
/// An OTLP/HTTP endpoint on 127.0.0.1 that records every export and answers 200. It is an HttpListener, not Kestrel,
/// so its own requests make no ASP.NET Core spans in the host under test (ActivitySources are process-wide).
/// </summary>
public sealed class OtlpReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly LockedCollection<OtlpRequest> _requests = new();
    private readonly Task _loop;

    private OtlpReceiver(int port)
    {
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Endpoint.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    public IReadOnlyList<OtlpRequest> Requests => _requests.Snapshot();

    public static OtlpReceiver Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new OtlpReceiver(port);
    }

    /// <summary>Waits until an export to <paramref name="path"/> mentions <paramref name="text"/>.</summary>
    public async Task<OtlpRequest> WaitForAsync(string path, string text, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (Requests.FirstOrDefault(r => r.Path == path && r.Mentions(text)) is { } request)
            {
                return request;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No export to {path} mentioned '{text}' in {timeout}; got {string.Join(", ", Requests.Select(r => r.Path))}.");
    }

    public void Dispose()
    {
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            _requests.Add(new OtlpRequest(context.Request.Url!.AbsolutePath, context.Request.ContentType, body.ToArray()));
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }
}

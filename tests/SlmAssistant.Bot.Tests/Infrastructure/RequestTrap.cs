using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SlmAssistant.Bot.Tests.Infrastructure;

/// <summary>
/// An "internal service" on 127.0.0.1 that answers every request with 200 and records its method and path: what a
/// host must not be made to call.
/// </summary>
public sealed class RequestTrap : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _requests = new();
    private LocalServer? _server;

    public int Port => _server!.BaseAddress.Port;

    public IReadOnlyCollection<string> Requests => _requests;

    public static async Task<RequestTrap> StartAsync()
    {
        var trap = new RequestTrap();
        trap._server = await LocalServer.StartAsync(app => app.Run(http =>
        {
            trap._requests.Enqueue($"{http.Request.Method} {http.Request.Path}");
            return http.Response.WriteAsJsonAsync(new { id = "trapped" });
        }));
        return trap;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

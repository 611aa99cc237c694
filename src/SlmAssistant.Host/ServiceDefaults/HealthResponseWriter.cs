using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SlmAssistant.Admin.Features.SignIn;

namespace SlmAssistant.Host.ServiceDefaults;

/// <summary>
/// Writes /health. Everyone gets the overall status (and its status code, for load balancers); the checks' details
/// (paths on disk, model files, counts) only a caller on this machine or a signed-in admin.
/// </summary>
public static class HealthResponseWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        object body = await MaySeeDetailAsync(context)
            ? new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(
                    e => e.Key,
                    e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
            }
            : new { status = report.Status.ToString() };
        await context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }

    private static async Task<bool> MaySeeDetailAsync(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is { } caller && IPAddress.IsLoopback(caller.IsIPv4MappedToIPv6 ? caller.MapToIPv4() : caller))
        {
            return true;
        }

        var admin = await context.AuthenticateAsync(AdminAuthentication.Scheme);
        return admin.Succeeded;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SlmAssistant.Admin.Features.Analytics;
using SlmAssistant.Admin.Features.Assets;
using SlmAssistant.Admin.Features.Audit;
using SlmAssistant.Admin.Features.Conversations;
using SlmAssistant.Admin.Features.Documents;
using SlmAssistant.Admin.Features.Playground;
using SlmAssistant.Admin.Features.SignIn;
using SlmAssistant.Admin.Features.Upload;

namespace SlmAssistant.Admin;

public static class AdminEndpoints
{
    /// <summary>
    /// Maps the console's pages under /admin, its assets under /admin/assets and its API under /admin/api. Every page
    /// but the sign-in page and every API endpoint require an admin (cookie or X-Api-Key); cookie-authenticated API
    /// mutations also require the antiforgery token.
    /// </summary>
    public static IEndpointRouteBuilder MapSlmAdmin(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapAdminAssets();

        var api = endpoints.MapGroup(AdminAuthentication.ApiPrefix)
            .RequireAuthorization(AdminAuthentication.Policy)
            .AddEndpointFilter<AdminAntiforgeryFilter>()
            .WithTags("Admin");
        api.MapGet("/me", (HttpContext context) => TypedResults.Ok(new AdminIdentity(
                context.User.Identity?.Name ?? string.Empty,
                context.User.Identity?.AuthenticationType == AdminAuthentication.ApiKeyScheme ? "api-key" : "cookie")))
            .WithName("AdminMe")
            .WithSummary("Who the request is authenticated as");
        api.MapUploadEndpoints();
        api.MapDocumentEndpoints();
        api.MapPlaygroundEndpoints();
        api.MapConversationEndpoints();
        api.MapAnalyticsEndpoints();
        api.MapAuditEndpoints();

        endpoints.MapRazorPages();
        return endpoints;
    }
}

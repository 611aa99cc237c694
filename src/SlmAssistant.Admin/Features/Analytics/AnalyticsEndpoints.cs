using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace SlmAssistant.Admin.Features.Analytics;

public static class AnalyticsEndpoints
{
    public static RouteGroupBuilder MapAnalyticsEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/analytics", ReadAsync).WithName("AdminAnalytics")
            .WithSummary("Questions per day, local vs escalated, cost saved vs all-cloud, top unanswered and disliked questions");
        return api;
    }

    public static async Task<Ok<AnalyticsSnapshot>> ReadAsync(int? days, IAnalyticsReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.ReadAsync(days ?? 30, cancellationToken));
}

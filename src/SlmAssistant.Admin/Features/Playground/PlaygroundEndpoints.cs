using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace SlmAssistant.Admin.Features.Playground;

public static class PlaygroundEndpoints
{
    public static RouteGroupBuilder MapPlaygroundEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/playground", AskAsync)
            .WithName("AdminPlayground")
            .WithSummary("Ask a question and see the whole answer path")
            .WithDescription("Retrieved chunks with keyword, vector and fused scores; route and its scores; prompt or sources; answer with citations; timings.");
        return api;
    }

    public static async Task<Results<Ok<PlaygroundResult>, ValidationProblem>> AskAsync(
        PlaygroundRequest request, PlaygroundService playground, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Question) || request.Question.Length > PlaygroundService.MaxQuestionLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["question"] = [$"A question of 1 to {PlaygroundService.MaxQuestionLength} characters is required."],
            });
        }

        return TypedResults.Ok(await playground.AskAsync(request, cancellationToken));
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SlmAssistant.Abstractions.Conversations;

namespace SlmAssistant.Admin.Features.Conversations;

public static class ConversationEndpoints
{
    public static RouteGroupBuilder MapConversationEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/conversations", ListAsync).WithName("AdminConversations").WithSummary("Recent conversations; feedback=like|dislike|unanswered filters");
        api.MapGet("/conversations/{id}", GetAsync).WithName("AdminConversation").WithSummary("One transcript with feedback");
        api.MapDelete("/conversations/{id}", EraseAsync).WithName("AdminConversation_Erase")
            .WithSummary("Erase one conversation and everything kept about it (a data subject's erasure request); audited");
        return api;
    }

    public static async Task<Results<NoContent, NotFound>> EraseAsync(
        string id, HttpContext context, ConversationEraser eraser, CancellationToken cancellationToken) =>
        await eraser.EraseAsync(id, context, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Ok<IReadOnlyList<ConversationSummary>>> ListAsync(
        int? take, string? feedback, IConversationHistory reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.ListAsync(take ?? 100, feedback, cancellationToken));

    public static async Task<Results<Ok<ConversationTranscript>, NotFound>> GetAsync(string id, IConversationHistory reader, CancellationToken cancellationToken) =>
        await reader.GetAsync(id, cancellationToken) is { } transcript ? TypedResults.Ok(transcript) : TypedResults.NotFound();
}

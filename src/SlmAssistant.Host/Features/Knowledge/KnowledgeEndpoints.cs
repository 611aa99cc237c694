using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Api;
using SlmAssistant.Abstractions.Domains;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Bot.Api;

namespace SlmAssistant.Host.Features.Knowledge;

/// <summary>The public question-answering API: search and ask.</summary>
public static class KnowledgeEndpoints
{
    public const int MaxQuestionLength = 2000;
    public const int MaxTop = 50;
    public const int MaxConversationIdLength = 100;

    public static IEndpointRouteBuilder MapKnowledgeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Knowledge");
        api.MapGet("/search", SearchAsync).WithName("Search");
        api.MapPost("/ask", AskAsync).WithName("Ask");
        return app;
    }

    public static async Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync(
        string? q, int? top, string? domain, IKnowledgeSearch search, CancellationToken cancellationToken)
    {
        var errors = Validate(q, "q");
        if (top is < 1 or > MaxTop)
        {
            errors["top"] = [$"top must be between 1 and {MaxTop}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var filter = string.IsNullOrWhiteSpace(domain) ? null : new SearchFilter(domain);
        var hits = await search.SearchAsync(new SearchRequest(q!, top ?? 5, filter), cancellationToken);
        return TypedResults.Ok(new SearchResponse(hits.Select(SearchHitView.From).ToList()));
    }

    /// <summary>Answers a question; the answer names its conversation, and passing that id back continues it.</summary>
    public static async Task<Results<Ok<AnswerResult>, ValidationProblem, NotFound<ProblemDetails>>> AskAsync(
        AskRequest request, ApiConversations conversations, IDomainCatalog domains, CancellationToken cancellationToken)
    {
        var errors = Validate(request.Question, "question");
        if (!string.IsNullOrWhiteSpace(request.Domain) && domains.Find(request.Domain) is null)
        {
            errors["domain"] = [$"There is no domain '{request.Domain}'; known: {string.Join(", ", domains.All.Select(d => d.Name))}."];
        }

        if (request.ConversationId is { Length: > MaxConversationIdLength })
        {
            errors["conversationId"] = [$"conversationId must be at most {MaxConversationIdLength} characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var domain = string.IsNullOrWhiteSpace(request.Domain) ? null : request.Domain;
        var conversationId = string.IsNullOrWhiteSpace(request.ConversationId) ? null : request.ConversationId;
        return await conversations.AskAsync(request.Question!, domain, conversationId, cancellationToken) is { } result
            ? TypedResults.Ok(result)
            : TypedResults.NotFound(new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "No such conversation",
                Detail = "conversationId names no conversation of this API; leave it out to start one.",
            });
    }

    private static Dictionary<string, string[]> Validate(string? text, string name)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[name] = [$"{name} is required."];
        }
        else if (text.Length > MaxQuestionLength)
        {
            errors[name] = [$"{name} must be at most {MaxQuestionLength} characters."];
        }

        return errors;
    }
}

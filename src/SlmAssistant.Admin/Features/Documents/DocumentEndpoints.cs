using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace SlmAssistant.Admin.Features.Documents;

/// <summary>The documents API: list with filters, details with chunks, delete, re-index one or all.</summary>
public static class DocumentEndpoints
{
    public static RouteGroupBuilder MapDocumentEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/documents", ListAsync).WithName("AdminDocuments").WithSummary("Documents with status, chunk counts and errors; filter by q, domain, status");
        api.MapGet("/documents/{id}", GetAsync).WithName("AdminDocument").WithSummary("One document with its chunks");
        api.MapDelete("/documents/{id}", DeleteAsync).WithName("AdminDocument_Delete").WithSummary("Delete a document, its chunks and its stored upload");
        api.MapPost("/documents/{id}/reindex", ReindexAsync).WithName("AdminDocument_Reindex").WithSummary("Queue a re-index from the stored upload or the source file");
        api.MapPost("/documents/reindex", ReindexAllAsync).WithName("AdminDocuments_Reindex").WithSummary("Queue a re-index of every document");
        api.MapGet("/domains", DomainsAsync).WithName("AdminDomains").WithSummary("Domains to upload into: knowledge/ folders and stored domains");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<DocumentRow>>> ListAsync(
        string? q, string? domain, string? status, DocumentCatalog catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.ListAsync(new DocumentQuery(q, domain, status), cancellationToken));

    public static async Task<Results<Ok<DocumentDetails>, NotFound>> GetAsync(string id, DocumentCatalog catalog, CancellationToken cancellationToken) =>
        await catalog.GetAsync(id, cancellationToken) is { } details ? TypedResults.Ok(details) : TypedResults.NotFound();

    public static async Task<Results<NoContent, NotFound>> DeleteAsync(string id, HttpContext context, DocumentCommands commands, CancellationToken cancellationToken) =>
        await commands.DeleteAsync(id, context, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Results<Accepted<ReindexResult>, NotFound, ProblemHttpResult>> ReindexAsync(
        string id, HttpContext context, DocumentCommands commands, CancellationToken cancellationToken)
    {
        var result = await commands.ReindexAsync(id, context, cancellationToken);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        return result.Error is null
            ? TypedResults.Accepted($"/admin/api/uploads/{result.Item!.Id}", result)
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The document cannot be re-indexed", detail: result.Error);
    }

    public static async Task<Accepted<IReadOnlyList<ReindexResult>>> ReindexAllAsync(HttpContext context, DocumentCommands commands, CancellationToken cancellationToken) =>
        TypedResults.Accepted("/admin/api/uploads", await commands.ReindexAllAsync(context, cancellationToken));

    public static async Task<Ok<IReadOnlyList<string>>> DomainsAsync(DocumentCatalog catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.DomainsAsync(cancellationToken));
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using SlmAssistant.Ingestion.Queue;

namespace SlmAssistant.Admin.Features.Upload;

/// <summary>POST /admin/api/uploads (multipart) and the queue's status, polled by the upload page.</summary>
public static class UploadEndpoints
{
    public static RouteGroupBuilder MapUploadEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/uploads", UploadAsync)
            .WithName("AdminUpload")
            .WithSummary("Upload documents into a domain")
            .WithDescription("multipart/form-data with a 'domain' field and one or more files. Every file is checked by size and content; all are stored and queued for ingestion (202), or none (413, 415; 409 when two files would be stored as one document). A file name's relative path is kept in the document's source.")
            .Accepts<IFormFileCollection>("multipart/form-data")
            .DisableAntiforgery();
        api.MapGet("/uploads", ListAsync).WithName("AdminUploads").WithSummary("Queued and recent uploads with their live progress");
        api.MapGet("/uploads/{id}", GetAsync).WithName("AdminUpload_Get").WithSummary("One upload's progress");
        return api;
    }

    public static async Task<Results<Accepted<UploadAcceptedResponse>, ProblemHttpResult, ValidationProblem>> UploadAsync(
        HttpContext context, UploadService uploads, IOptionsMonitor<AdminOptions> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = options.CurrentValue;
        var requestLimit = (settings.MaxUploadBytes * settings.MaxFilesPerUpload) + (1024 * 1024);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = requestLimit;
        }

        if (!context.Request.HasFormContentType)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["files"] = ["Send the files as multipart/form-data."] });
        }

        IFormCollection form;
        try
        {
            context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = requestLimit }));
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "The upload is too large",
                detail: $"Send at most {settings.MaxFilesPerUpload} files of at most {settings.MaxUploadBytes:N0} bytes each. ({e.Message})");
        }

        var errors = new Dictionary<string, string[]>();
        var domain = UploadNames.NormalizeDomain(form["domain"]);
        if (domain is null)
        {
            errors["domain"] = ["A domain is required: letters, digits, '-' or '_' (for example 'return-policy')."];
        }

        if (form.Files.Count == 0)
        {
            errors["files"] = ["Attach at least one file."];
        }
        else if (form.Files.Count > settings.MaxFilesPerUpload)
        {
            errors["files"] = [$"At most {settings.MaxFilesPerUpload} files per upload."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var files = form.Files.Select(f => new UploadedFile(f.FileName, f.Length, f.OpenReadStream)).ToList();
        var outcome = await uploads.AcceptAsync(files, domain!, context, cancellationToken);
        if (!outcome.IsAccepted)
        {
            return TypedResults.Problem(
                statusCode: outcome.StatusCode,
                title: outcome.StatusCode switch
                {
                    StatusCodes.Status413PayloadTooLarge => "A file is too large",
                    StatusCodes.Status409Conflict => "Files of this upload would be stored as the same document",
                    _ => "A file cannot be read as a document",
                },
                detail: string.Join("; ", outcome.Refused.Select(r => $"{r.FileName}: {r.Reason}")),
                extensions: new Dictionary<string, object?> { ["files"] = outcome.Refused.Select(r => new { fileName = r.FileName, reason = r.Reason, status = r.StatusCode }).ToList() });
        }

        return TypedResults.Accepted("/admin/api/uploads", new UploadAcceptedResponse(outcome.Queued));
    }

    public static async Task<Ok<IReadOnlyList<IngestionQueueItem>>> ListAsync(
        string? ids, int? take, IngestionQueueStore queue, IngestionProgressTracker tracker, CancellationToken cancellationToken)
    {
        var wanted = (ids ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var items = wanted.Length > 0
            ? await queue.ListAsync(wanted.Take(200).ToList(), cancellationToken)
            : await queue.ListRecentAsync(take ?? 50, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<IngestionQueueItem>>(items.Select(tracker.Apply).ToList());
    }

    public static async Task<Results<Ok<IngestionQueueItem>, NotFound>> GetAsync(
        string id, IngestionQueueStore queue, IngestionProgressTracker tracker, CancellationToken cancellationToken) =>
        await queue.GetAsync(id, cancellationToken) is { } item ? TypedResults.Ok(tracker.Apply(item)) : TypedResults.NotFound();
}

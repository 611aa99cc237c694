using System.Net.Http.Json;
using System.Text.Json;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Admin.Features.Upload;
using SlmAssistant.Ingestion.Queue;

namespace SlmAssistant.Admin.Tests.Support;

/// <summary>Typed calls to the admin API for assertions.</summary>
public static class AdminApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyList<IngestionQueueItem>> UploadsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<IngestionQueueItem>>("/admin/api/uploads?take=100", Json))!;

    public static async Task<IReadOnlyList<IngestionQueueItem>> QueuedAsync(HttpClient client, HttpResponseMessage accepted)
    {
        var body = await accepted.Content.ReadFromJsonAsync<UploadAcceptedResponse>(Json);
        return body!.Items;
    }

    /// <summary>Waits until every upload is ready or failed.</summary>
    public static Task<IReadOnlyList<IngestionQueueItem>> AllFinishedAsync(HttpClient client, int expected, TimeSpan? timeout = null) =>
        Eventually.UntilAsync(
            () => UploadsAsync(client),
            items => items.Count >= expected && items.All(i => i.State is IngestionSteps.Ready or IngestionSteps.Failed),
            timeout ?? TimeSpan.FromSeconds(90),
            $"{expected} uploads to finish");
}

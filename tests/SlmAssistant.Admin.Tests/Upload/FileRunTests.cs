using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Admin.Features.Documents;
using SlmAssistant.Admin.Tests.Support;
using SlmAssistant.Ingestion.Pipeline;
using SlmAssistant.Ingestion.Queue;
using SlmAssistant.TestKit;

namespace SlmAssistant.Admin.Tests.Upload;

/// <summary>Runs over files (`slm ingest`, seeding) share the console's queue: their items show beside uploads.</summary>
public sealed class FileRunTests : AdminAppTest
{
    [Fact]
    public async Task FilesIngestedByTheCliShowInTheQueueAndAReindexReadsTheirFileAgain()
    {
        using var files = new TempDirectory("slm-admin-cli-files");
        var path = files.Combine("hours.md");
        await File.WriteAllTextAsync(path, "# Hours\n\nThe Zephyr Outdoor store opens at nine every weekday.\n");
        var batches = App.Services.GetRequiredService<BatchIngestion>();
        var report = await batches.IngestAsync([path], new IngestionRequest { Domain = "outdoor" }, BatchIngestion.Cli, BatchDrain.Inline);
        using var api = App.CreateApiClient();

        var item = Assert.Single(await AdminApi.UploadsAsync(api));
        Assert.Equal(1, report.Ingested);
        Assert.Equal((QueueItemKinds.File, BatchIngestion.Cli, "hours.md", "outdoor", IngestionSteps.Ready), (item.Kind, item.RequestedBy, item.FileName, item.Domain, item.State));
        var document = Assert.Single((await api.GetFromJsonAsync<List<DocumentRow>>("/admin/api/documents", AdminApi.Json))!);
        using var browser = await App.SignInAsync();
        var overview = await browser.GetStringAsync(new Uri("/admin", UriKind.Relative));
        Assert.Contains("Recent ingestion", overview, StringComparison.Ordinal);
        Assert.Contains(">hours.md<", overview, StringComparison.Ordinal);

        await File.WriteAllTextAsync(path, "# Hours\n\nThe Zephyr Outdoor store opens at ten every weekday.\n");
        var response = await api.PostAsync(new Uri($"/admin/api/documents/{document.Id}/reindex", UriKind.Relative), null);
        var finished = await AdminApi.AllFinishedAsync(api, 2);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var reindex = Assert.Single(finished, i => i.Kind == QueueItemKinds.Reindex);
        Assert.Equal((IngestionSteps.Ready, "ingested"), (reindex.State, reindex.Outcome));
        var details = await api.GetFromJsonAsync<DocumentDetails>($"/admin/api/documents/{document.Id}", AdminApi.Json);
        Assert.Contains("opens at ten", string.Join(" ", details!.Chunks.Select(c => c.Text)), StringComparison.Ordinal);
    }
}

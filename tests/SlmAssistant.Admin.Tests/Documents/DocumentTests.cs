using System.Net;
using System.Net.Http.Json;
using SlmAssistant.Abstractions.Api;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Admin.Features.Audit;
using SlmAssistant.Admin.Features.Documents;
using SlmAssistant.Admin.Features.Playground;
using SlmAssistant.Admin.Tests.Support;

namespace SlmAssistant.Admin.Tests.Documents;

public sealed class DocumentTests : AdminAppTest
{
    [Fact]
    public async Task DeletingADocumentRemovesItsChunksItsStoredUploadAndItsSearchHits()
    {
        using var api = App.CreateApiClient();
        await api.PostAsync("/admin/api/uploads", AdminForms.Upload("outdoor", ("glacier-warranty.pdf", SampleFiles.GlacierWarrantyPdf())));
        await AdminApi.AllFinishedAsync(api, 1);
        var document = Assert.Single((await api.GetFromJsonAsync<List<DocumentRow>>("/admin/api/documents", AdminApi.Json))!);
        var before = await AskAsync(api, "How long is the Glacier tent warranty?");

        var deleted = await api.DeleteAsync($"/admin/api/documents/{document.Id}");
        var after = await AskAsync(api, "How long is the Glacier tent warranty?");
        var again = await api.DeleteAsync($"/admin/api/documents/{document.Id}");

        Assert.Contains(before.Hits, h => h.DocumentId == document.Id);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.DoesNotContain(after.Hits, h => h.DocumentId == document.Id);
        Assert.Empty((await api.GetFromJsonAsync<List<DocumentRow>>("/admin/api/documents", AdminApi.Json))!);
        Assert.Empty(Directory.GetFiles(Path.Combine(App.DataDirectory, "uploads")));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var audit = await api.GetFromJsonAsync<List<AuditEntry>>("/admin/api/audit?action=delete", AdminApi.Json);
        Assert.Equal("upload://outdoor/glacier-warranty.pdf", Assert.Single(audit!).Target);
    }

    [Fact]
    public async Task ReindexingReadsTheStoredUploadAgainAndWritesTheDocumentAfresh()
    {
        using var api = App.CreateApiClient();
        await api.PostAsync("/admin/api/uploads", AdminForms.Upload("outdoor", ("kayak-rental.docx", SampleFiles.KayakRentalDocx())));
        await AdminApi.AllFinishedAsync(api, 1);
        var document = Assert.Single((await api.GetFromJsonAsync<List<DocumentRow>>("/admin/api/documents", AdminApi.Json))!);

        var response = await api.PostAsync($"/admin/api/documents/{document.Id}/reindex", null);
        var finished = await AdminApi.AllFinishedAsync(api, 2);
        var reindexed = Assert.Single((await api.GetFromJsonAsync<List<DocumentRow>>("/admin/api/documents", AdminApi.Json))!);
        var details = await api.GetFromJsonAsync<DocumentDetails>($"/admin/api/documents/{document.Id}", AdminApi.Json);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var item = Assert.Single(finished, i => i.Kind == "reindex");
        Assert.Equal(IngestionSteps.Ready, item.State);
        Assert.Equal("ingested", item.Outcome);
        Assert.True(reindexed.IngestedAt > document.IngestedAt);
        Assert.Equal(document.ChunkCount, details!.Chunks.Count);
        Assert.All(details.Chunks, c => Assert.Equal(384, c.Dimensions));
        Assert.Contains(await api.GetFromJsonAsync<List<AuditEntry>>("/admin/api/audit", AdminApi.Json) ?? [], e => e.Action == AuditActions.Reindex);
    }

    [Fact]
    public async Task TheDocumentsListFiltersBySearchTextDomainAndStatus()
    {
        using var api = App.CreateApiClient();
        await api.PostAsync("/admin/api/uploads", AdminForms.Upload("outdoor", ("glacier-warranty.pdf", SampleFiles.GlacierWarrantyPdf())));
        await api.PostAsync("/admin/api/uploads", AdminForms.Upload("rentals", ("kayak-rental.docx", SampleFiles.KayakRentalDocx())));
        await api.PostAsync("/admin/api/uploads", AdminForms.Upload("rentals", ("broken.pdf", SampleFiles.CorruptPdf())));
        await AdminApi.AllFinishedAsync(api, 3);

        async Task<IEnumerable<string>> Titles(string query) =>
            (await api.GetFromJsonAsync<List<DocumentRow>>($"/admin/api/documents?{query}", AdminApi.Json))!.Select(d => d.Title);

        Assert.Equal(["Glacier Tent Warranty"], await Titles("q=glacier"));
        Assert.Equal(["broken.pdf", "Kayak Rental Terms"], await Titles("domain=rentals"));
        Assert.Equal(["broken.pdf"], await Titles("status=failed"));
        Assert.Equal(["outdoor", "rentals"], await api.GetFromJsonAsync<List<string>>("/admin/api/domains", AdminApi.Json));
    }

    [Fact]
    public async Task ThePlaygroundShowsRetrievalScoresTheAnswerWithCitationsAndTimings()
    {
        using var api = App.CreateApiClient();
        await api.PostAsync("/admin/api/uploads", AdminForms.Upload("outdoor", ("glacier-warranty.pdf", SampleFiles.GlacierWarrantyPdf())));
        await AdminApi.AllFinishedAsync(api, 1);

        var result = await AskAsync(api, "How long is the warranty on the Glacier tent?");

        var top = result.Hits[0];
        Assert.Equal("Glacier Tent Warranty", top.Title);
        Assert.NotNull(top.KeywordScore);
        Assert.NotNull(top.VectorScore);
        Assert.True(result.Answer!.Found);
        Assert.Contains("seven years", result.Answer.Answer);
        Assert.Contains(result.Answer.Citations, c => c.Source == "upload://outdoor/glacier-warranty.pdf");
        Assert.Equal("sources", result.PromptKind);
        Assert.Contains("[1] Glacier Tent Warranty", result.Prompt);
        Assert.True(result.Timings.SearchMs > 0 && result.Timings.AnswerMs > 0);
    }

    private static async Task<PlaygroundResult> AskAsync(HttpClient api, string question)
    {
        var response = await api.PostAsJsonAsync("/admin/api/playground", new PlaygroundRequest(question));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PlaygroundResult>(AdminApi.Json))!;
    }
}

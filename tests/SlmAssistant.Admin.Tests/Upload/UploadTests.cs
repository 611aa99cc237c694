using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Admin.Features.Audit;
using SlmAssistant.Admin.Features.Documents;
using SlmAssistant.Admin.Tests.Support;

namespace SlmAssistant.Admin.Tests.Upload;

public sealed class UploadTests : AdminAppTest
{
    protected override Dictionary<string, string?> Settings => new() { ["Admin:MaxUploadBytes"] = "200000" };

    [Fact]
    public async Task UploadedPdfAndDocxAreStoredQueuedIngestedAndAudited()
    {
        using var api = App.CreateApiClient();

        var response = await api.PostAsync("/admin/api/uploads", AdminForms.Upload(
            "outdoor", ("glacier-warranty.pdf", SampleFiles.GlacierWarrantyPdf()), ("kayak-rental.docx", SampleFiles.KayakRentalDocx())));
        var queued = await AdminApi.QueuedAsync(api, response);
        var finished = await AdminApi.AllFinishedAsync(api, 2);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(["upload://outdoor/glacier-warranty.pdf", "upload://outdoor/kayak-rental.docx"], queued.Select(q => q.Source));
        Assert.Equal(["Pdf", "Docx"], queued.Select(q => q.Format));
        Assert.All(finished, item => Assert.Equal(IngestionSteps.Ready, item.State));
        Assert.All(finished, item => Assert.True(item.Chunks > 0));
        var documents = await api.GetFromJsonAsync<List<DocumentRow>>("/admin/api/documents?domain=outdoor", AdminApi.Json);
        Assert.Equal(["Glacier Tent Warranty", "Kayak Rental Terms"], documents!.Select(d => d.Title));
        var stored = Directory.GetFiles(Path.Combine(App.DataDirectory, "uploads"));
        Assert.Equal(2, stored.Length);
        Assert.All(stored, path => Assert.Matches("^[0-9a-f]{32}$", Path.GetFileName(path)));
        var audit = await api.GetFromJsonAsync<List<AuditEntry>>("/admin/api/audit?action=upload", AdminApi.Json);
        Assert.Equal(2, audit!.Count);
        Assert.All(audit, e => Assert.Equal("api:tests", e.Actor));
    }

    [Fact]
    public async Task ACorruptUploadFailsWithItsReasonAndTheOthersAreIngested()
    {
        using var api = App.CreateApiClient();

        await api.PostAsync("/admin/api/uploads", AdminForms.Upload("outdoor", ("broken.pdf", SampleFiles.CorruptPdf())));
        await api.PostAsync("/admin/api/uploads", AdminForms.Upload("outdoor", ("kayak-rental.docx", SampleFiles.KayakRentalDocx())));
        var finished = await AdminApi.AllFinishedAsync(api, 2);

        var broken = Assert.Single(finished, i => i.FileName == "broken.pdf");
        Assert.Equal(IngestionSteps.Failed, broken.State);
        Assert.False(string.IsNullOrWhiteSpace(broken.Error));
        Assert.Equal(IngestionSteps.Ready, Assert.Single(finished, i => i.FileName == "kayak-rental.docx").State);
        var failedRows = await api.GetFromJsonAsync<List<DocumentRow>>("/admin/api/documents?status=failed", AdminApi.Json);
        Assert.Equal(broken.Error, Assert.Single(failedRows!).Error);
    }

    [Fact]
    public async Task AFileNamedLikeAPathIsStoredUnderARandomIdAndShownEscaped()
    {
        using var api = App.CreateApiClient();
        using var session = await App.SignInAsync();
        const string sneaky = "../../etc/passwd<img src=x onerror=alert(1)>.txt";

        var response = await api.PostAsync("/admin/api/uploads", AdminForms.Upload("general", (sneaky, SampleFiles.Text("root:x:0:0:root:/root:/bin/bash\nThe store opens at nine."))));
        var item = Assert.Single(await AdminApi.QueuedAsync(api, response));
        await AdminApi.AllFinishedAsync(api, 1);
        var page = await session.GetStringAsync("/admin/documents");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(sneaky, item.FileName);
        Assert.Equal("upload://general/etc/passwd_img src=x onerror=alert(1)_.txt", item.Source);
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(App.DataDirectory, "uploads", sneaky))));
        Assert.False(Directory.Exists(Path.Combine(App.DataDirectory, "etc")));
        Assert.Single(Directory.GetFiles(Path.Combine(App.DataDirectory, "uploads")));
        Assert.DoesNotContain("<img src=x", page);
        Assert.Contains("upload://general/etc/passwd_img src=x onerror=alert(1)_.txt", page);
    }

    [Fact]
    public async Task NamesWithABidiOverrideOrANewlineAreQueuedAndShownWithoutThem()
    {
        using var api = App.CreateApiClient();
        using var session = await App.SignInAsync();
        using var form = new MultipartFormDataContent { { new StringContent("general"), "domain" } };
        foreach (var encoded in new[] { "invoice%E2%80%AEtxt.exe", "two%0D%0Alines.md" })
        {
            // RFC 5987's filename*, as a browser sends a name it cannot write in plain ASCII.
            var part = new ByteArrayContent(SampleFiles.Text("The store opens at nine."));
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"files\"; filename*=UTF-8''{encoded}");
            form.Add(part);
        }

        var response = await api.PostAsync("/admin/api/uploads", form);
        var items = await AdminApi.QueuedAsync(api, response);
        await AdminApi.AllFinishedAsync(api, 2);
        var page = await session.GetStringAsync("/admin/documents");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(["invoicetxt.exe", "twolines.md"], items.Select(i => i.FileName));
        Assert.Equal(["upload://general/invoicetxt.exe", "upload://general/twolines.md"], items.Select(i => i.Source));
        Assert.All(await AdminApi.UploadsAsync(api), i => Assert.DoesNotMatch(@"[\u202E\r\n]", i.FileName));
        Assert.DoesNotContain("\u202E", page, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x202E;", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("invoicetxt.exe", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilesOfOneNameFromTwoFoldersOfADomainStayTwoDocuments()
    {
        using var api = App.CreateApiClient();

        var first = await api.PostAsync("/admin/api/uploads", AdminForms.Upload("general", ("a/README.md", SampleFiles.Text("# Hours\n\nThe store opens at nine."))));
        var second = await api.PostAsync("/admin/api/uploads", AdminForms.Upload("general", ("b/README.md", SampleFiles.Text("# Rentals\n\nKayaks rent by the hour."))));
        var items = (await AdminApi.QueuedAsync(api, first)).Concat(await AdminApi.QueuedAsync(api, second)).ToList();
        await AdminApi.AllFinishedAsync(api, 2);

        Assert.Equal(["upload://general/a/README.md", "upload://general/b/README.md"], items.Select(i => i.Source));
        var store = App.Services.GetRequiredService<IKnowledgeStore>();
        Assert.NotNull(await store.FindBySourceAsync("upload://general/a/README.md"));
        Assert.NotNull(await store.FindBySourceAsync("upload://general/b/README.md"));
    }

    [Fact]
    public async Task TwoFilesOfOneUploadThatWouldBeOneDocumentAreRefusedWith409AndNothingIsStored()
    {
        using var api = App.CreateApiClient();

        var response = await api.PostAsync("/admin/api/uploads", AdminForms.Upload(
            "general", ("a/README.md", SampleFiles.Text("The store opens at nine.")), ("a\\README.md", SampleFiles.Text("Kayaks rent by the hour."))));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("upload://general/a/README.md", body, StringComparison.Ordinal);
        Assert.DoesNotContain(await AdminApi.UploadsAsync(api), item => item.Source == "upload://general/a/README.md");
    }

    [Fact]
    public async Task AnOversizedUploadIsRefusedWith413AndNothingIsStored()
    {
        using var api = App.CreateApiClient();

        var response = await api.PostAsync("/admin/api/uploads", AdminForms.Upload("outdoor", ("huge.txt", new byte[250_000])));
        var problem = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("too large", problem);
        Assert.Empty(await AdminApi.UploadsAsync(api));
        Assert.DoesNotContain(await AdminApi.UploadsAsync(api), item => item.Source == "upload://general/a/README.md");
        var audit = await api.GetFromJsonAsync<List<AuditEntry>>("/admin/api/audit?action=upload-rejected", AdminApi.Json);
        Assert.Contains("too large", Assert.Single(audit!).Detail);
    }

    [Fact]
    public async Task ContentDecidesTheTypeNotTheName()
    {
        using var api = App.CreateApiClient();

        var image = await api.PostAsync("/admin/api/uploads", AdminForms.Upload("outdoor", ("policy.pdf", SampleFiles.Png())));
        var bomb = await api.PostAsync("/admin/api/uploads", AdminForms.Upload("outdoor", ("policy.docx", SampleFiles.ZipBombDocx())));
        var renamedPdf = await api.PostAsync("/admin/api/uploads", AdminForms.Upload("outdoor", ("notes.txt", SampleFiles.GlacierWarrantyPdf())));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, image.StatusCode);
        Assert.Contains("PNG", await image.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, bomb.StatusCode);
        Assert.Contains("zip bomb", await bomb.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Accepted, renamedPdf.StatusCode);
        Assert.Equal("Pdf", Assert.Single(await AdminApi.QueuedAsync(api, renamedPdf)).Format);
    }

    [Fact]
    public async Task OneRefusedFileRefusesTheWholeRequest()
    {
        using var api = App.CreateApiClient();

        var response = await api.PostAsync("/admin/api/uploads", AdminForms.Upload(
            "outdoor", ("kayak-rental.docx", SampleFiles.KayakRentalDocx()), ("photo.pdf", SampleFiles.Png())));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(await AdminApi.UploadsAsync(api));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../secrets")]
    public async Task AnUploadNeedsAValidDomain(string domain)
    {
        using var api = App.CreateApiClient();

        var response = await api.PostAsync("/admin/api/uploads", AdminForms.Upload(domain, ("a.txt", SampleFiles.Text("hello"))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("domain", await response.Content.ReadAsStringAsync());
    }
}

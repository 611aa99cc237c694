using System.Net;
using System.Net.Http.Json;
using SlmAssistant.Abstractions.Conversations;
using SlmAssistant.Admin.Features.Audit;
using SlmAssistant.Admin.Tests.Support;

namespace SlmAssistant.Admin.Tests.Conversations;

public sealed class ErasureTests : AdminAppTest
{
    [Fact]
    public async Task ErasingAConversationThroughTheApiRemovesItAloneAndIsAudited()
    {
        await BotActivity.SeedAsync(App.DataDirectory, DateTimeOffset.UtcNow);
        using var client = await App.SignInAsync();
        using var withoutToken = await client.DeleteAsync(new Uri("/admin/api/conversations/c2", UriKind.Relative));

        using var request = await AdminForms.WithPageTokenAsync(client, new HttpRequestMessage(HttpMethod.Delete, "/admin/api/conversations/c2"));
        using var erased = await client.SendAsync(request);
        using var again = await client.SendAsync(await AdminForms.WithPageTokenAsync(client, new HttpRequestMessage(HttpMethod.Delete, "/admin/api/conversations/c2")));

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var left = await client.GetFromJsonAsync<List<ConversationSummary>>("/admin/api/conversations", AdminApi.Json);
        Assert.Equal(["c3", "c1"], left!.Select(c => c.Id));
        using var gone = await client.GetAsync(new Uri("/admin/api/conversations/c2", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var audit = await client.GetFromJsonAsync<List<AuditEntry>>($"/admin/api/audit?action={AuditActions.EraseConversation}", AdminApi.Json);
        Assert.Equal([("c2", true), ("c2", false)], audit!.Select(a => (a.Target, a.Succeeded)).Reverse());
        Assert.All(audit!, a => Assert.Equal(AdminTestApp.UserName, a.Actor));
    }

    [Fact]
    public async Task TheConsolesEraseButtonRemovesTheConversationItShows()
    {
        await BotActivity.SeedAsync(App.DataDirectory, DateTimeOffset.UtcNow);
        using var client = await App.SignInAsync();

        using var response = await AdminForms.PostFormAsync(client, "/admin/conversations/c1?handler=Erase", [], "/admin/conversations/c1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var page = await client.GetAsync(new Uri("/admin/conversations/c1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin/conversations/c3", UriKind.Relative))).StatusCode);
    }
}

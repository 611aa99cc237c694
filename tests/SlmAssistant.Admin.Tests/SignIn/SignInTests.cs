using System.Net;
using System.Net.Http.Json;
using SlmAssistant.Admin.Features.Audit;
using SlmAssistant.Admin.Tests.Support;

namespace SlmAssistant.Admin.Tests.SignIn;

public sealed class SignInTests : AdminAppTest
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Admin:MaxSignInFailures"] = "2",
        ["Admin:SignInAttemptsPerAddress"] = "3",
        ["Admin:FirstLockout"] = "00:01:00",
    };

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/documents")]
    [InlineData("/admin/upload")]
    [InlineData("/admin/playground")]
    [InlineData("/admin/conversations")]
    [InlineData("/admin/analytics")]
    [InlineData("/admin/audit")]
    public async Task AnonymousPageRequestsAreSentToSignIn(string path)
    {
        using var client = App.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("GET", "/admin/api/documents")]
    [InlineData("GET", "/admin/api/uploads")]
    [InlineData("POST", "/admin/api/uploads")]
    [InlineData("DELETE", "/admin/api/documents/abc")]
    [InlineData("POST", "/admin/api/playground")]
    [InlineData("GET", "/admin/api/audit")]
    public async Task AnonymousApiRequestsAreAnswered401(string method, string path)
    {
        using var client = App.CreateClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignInWithTheRightPasswordOpensTheConsoleAndIsAudited()
    {
        using var client = await App.SignInAsync();

        var page = await client.GetAsync("/admin/documents");
        var me = await client.GetFromJsonAsync<AdminIdentity>("/admin/api/me", AdminApi.Json);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(new AdminIdentity(AdminTestApp.UserName, "cookie"), me);
        var audit = await client.GetFromJsonAsync<List<AuditEntry>>("/admin/api/audit", AdminApi.Json);
        Assert.Contains(audit!, e => e.Action == AuditActions.SignIn && e.Actor == AdminTestApp.UserName && e.Succeeded);
    }

    [Fact]
    public async Task OneAddressThatKeepsGuessingGets429ButTheUserStillSignsInFromAnother()
    {
        using var attacker = App.CreateClient(IPAddress.Parse("127.0.0.2"));
        var wrong = new Dictionary<string, string> { ["UserName"] = AdminTestApp.UserName, ["Password"] = "guess" };
        var right = new Dictionary<string, string> { ["UserName"] = AdminTestApp.UserName, ["Password"] = AdminTestApp.Password };

        var first = await AdminForms.PostFormAsync(attacker, "/admin/login", new(wrong));
        var second = await AdminForms.PostFormAsync(attacker, "/admin/login", new(wrong));
        var third = await AdminForms.PostFormAsync(attacker, "/admin/login", new(wrong));
        var fourth = await AdminForms.PostFormAsync(attacker, "/admin/login", new(right));
        using var admin = App.CreateClient();
        var fromElsewhere = await AdminForms.PostFormAsync(admin, "/admin/login", new(right));

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Contains("The user name or password is wrong.", await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, third.StatusCode);
        Assert.Equal((HttpStatusCode)429, fourth.StatusCode);
        Assert.Contains("Too many sign-in attempts", await fourth.Content.ReadAsStringAsync());
        Assert.NotNull(fourth.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.Redirect, fromElsewhere.StatusCode);
        var audit = await App.CreateApiClient().GetFromJsonAsync<List<AuditEntry>>("/admin/api/audit?action=sign-in-failed", AdminApi.Json);
        Assert.Equal(4, audit!.Count);
        Assert.All(audit, e => Assert.False(e.Succeeded));
    }

    [Fact]
    public async Task FailuresFromSeveralAddressesLockTheUserOutEverywhere()
    {
        var wrong = new Dictionary<string, string> { ["UserName"] = AdminTestApp.UserName, ["Password"] = "guess" };
        using var one = App.CreateClient(IPAddress.Parse("127.0.0.3"));
        using var two = App.CreateClient(IPAddress.Parse("127.0.0.4"));
        using var admin = App.CreateClient();

        var fromOne = await AdminForms.PostFormAsync(one, "/admin/login", new(wrong));
        var fromTwo = await AdminForms.PostFormAsync(two, "/admin/login", new(wrong));
        var right = await AdminForms.PostFormAsync(admin, "/admin/login", new() { ["UserName"] = AdminTestApp.UserName, ["Password"] = AdminTestApp.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, fromOne.StatusCode);
        Assert.Equal((HttpStatusCode)429, fromTwo.StatusCode);
        Assert.Equal((HttpStatusCode)429, right.StatusCode);
        Assert.Contains("Too many failed sign-ins", await right.Content.ReadAsStringAsync());
        Assert.NotNull(right.Headers.RetryAfter);
    }

    [Fact]
    public async Task AnUnknownUserIsRejectedLikeAWrongPassword()
    {
        using var client = App.CreateClient();

        var response = await AdminForms.PostFormAsync(client, "/admin/login", new() { ["UserName"] = "mallory", ["Password"] = AdminTestApp.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("The user name or password is wrong.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ApiKeyAuthenticatesApiClientsAndAWrongKeyGets401()
    {
        using var good = App.CreateApiClient();
        using var bad = App.CreateApiClient("slm_not-a-real-key");

        var me = await good.GetFromJsonAsync<AdminIdentity>("/admin/api/me", AdminApi.Json);
        var refused = await bad.GetAsync("/admin/api/me");
        var page = await bad.GetAsync("/admin/documents");

        Assert.Equal(new AdminIdentity("api:tests", "api-key"), me);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
    }

    [Fact]
    public async Task FormPostsWithoutTheAntiforgeryTokenAreRejected()
    {
        using var client = App.CreateClient();
        await client.GetAsync("/admin/login");

        var response = await client.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = AdminTestApp.UserName,
            ["Password"] = AdminTestApp.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task CookieApiMutationsNeedTheAntiforgeryTokenButApiKeysDoNot()
    {
        using var session = await App.SignInAsync();
        using var api = App.CreateApiClient();

        var withoutToken = await session.PostAsync("/admin/api/documents/reindex", null);
        var withToken = await session.SendAsync(await AdminForms.WithPageTokenAsync(session, new HttpRequestMessage(HttpMethod.Post, "/admin/api/documents/reindex")));
        var withKey = await api.PostAsync("/admin/api/documents/reindex", null);

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Contains("antiforgery", await withoutToken.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Accepted, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, withKey.StatusCode);
    }

    [Fact]
    public async Task SignOutEndsTheSession()
    {
        using var client = await App.SignInAsync();

        var signOut = await AdminForms.PostFormAsync(client, "/admin/logout", [], pageWithForm: "/admin");
        var after = await client.GetAsync("/admin/api/me");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }
}

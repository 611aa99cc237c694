using System.Net;
using SlmAssistant.Admin.Tests.Support;

namespace SlmAssistant.Admin.Tests.SignIn;

public sealed class SignInLimitsTests : AdminAppTest
{
    protected override Dictionary<string, string?> Settings => new() { ["Admin:SignInAttemptsGlobal"] = "3" };

    [Fact]
    public async Task TheGlobalLimitRefusesEveryAddressOnceAttemptsFromManyAddressesReachIt()
    {
        var guess = new Dictionary<string, string> { ["UserName"] = "bob", ["Password"] = "Summer2026!" };
        var statuses = new List<HttpStatusCode>();
        for (var i = 2; i <= 4; i++)
        {
            using var sprayer = App.CreateClient(IPAddress.Parse($"127.0.0.{i}"));
            statuses.Add((await AdminForms.PostFormAsync(sprayer, "/admin/login", new(guess) { ["UserName"] = $"user{i}" })).StatusCode);
        }

        using var admin = App.CreateClient();
        var right = await AdminForms.PostFormAsync(admin, "/admin/login", new() { ["UserName"] = AdminTestApp.UserName, ["Password"] = AdminTestApp.Password });

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal((HttpStatusCode)429, right.StatusCode);
        Assert.True(right.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }
}

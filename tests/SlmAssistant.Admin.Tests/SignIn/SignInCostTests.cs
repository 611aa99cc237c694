using System.Diagnostics;
using System.Net;
using SlmAssistant.Admin.Features.SignIn;
using SlmAssistant.Admin.Tests.Support;

namespace SlmAssistant.Admin.Tests.SignIn;

/// <summary>
/// What a guess costs the server. The account's hash is made expensive (2 million PBKDF2 iterations, about a second here)
/// so that whether a password was hashed shows plainly in the time an attempt takes.
/// </summary>
public sealed class SignInCostTests : AdminAppTest
{
    private static readonly Lazy<string> CostlyHash = new(() => PasswordHasher.Hash(AdminTestApp.Password, 2_000_000));

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Admin:Users:0:PasswordHash"] = CostlyHash.Value,
        ["Admin:SignInAttemptsPerAddress"] = "1",
    };

    [Fact]
    public async Task AnUnknownUserCostsOneHashButAThrottledAttemptIsRefusedBeforeAnyHashing()
    {
        using var guesser = App.CreateClient(IPAddress.Parse("127.0.0.7"));
        var guess = new Dictionary<string, string> { ["UserName"] = "mallory", ["Password"] = "Summer2026!" };

        // The decoy hash is made once, on the first unknown name, from another address: not part of what is timed.
        using (var warm = App.CreateClient(IPAddress.Parse("127.0.0.8")))
        {
            await AdminForms.PostFormAsync(warm, "/admin/login", new(guess));
        }

        var hashed = await TimedAsync(() => AdminForms.PostFormAsync(guesser, "/admin/login", new(guess)));
        var refused = await TimedAsync(() => AdminForms.PostFormAsync(guesser, "/admin/login", new(guess)));

        Assert.Equal(HttpStatusCode.Unauthorized, hashed.Status);
        Assert.Equal((HttpStatusCode)429, refused.Status);
        Assert.True(hashed.Elapsed > TimeSpan.FromMilliseconds(300), $"the unknown user took {hashed.Elapsed.TotalMilliseconds:0} ms");
        Assert.True(refused.Elapsed * 4 < hashed.Elapsed, $"refused in {refused.Elapsed.TotalMilliseconds:0} ms, hashed in {hashed.Elapsed.TotalMilliseconds:0} ms");
    }

    private static async Task<(HttpStatusCode Status, TimeSpan Elapsed)> TimedAsync(Func<Task<HttpResponseMessage>> attempt)
    {
        var clock = Stopwatch.StartNew();
        using var response = await attempt();
        return (response.StatusCode, clock.Elapsed);
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SlmAssistant.Admin.Features.SignIn;
using SlmAssistant.TestKit;

namespace SlmAssistant.Admin.Tests.SignIn;

public sealed class PasswordHasherTests
{
    [Fact]
    public void HashesArePbkdf2Sha256WithTheirIterationsAndAPerUserSalt()
    {
        var first = PasswordHasher.Hash("s3cret!");
        var second = PasswordHasher.Hash("s3cret!");

        var parts = first.Split('$');
        Assert.Equal(["pbkdf2-sha256", "210000"], parts[..2]);
        Assert.NotEqual(first, second);
        Assert.True(PasswordHasher.Verify("s3cret!", first));
        Assert.True(PasswordHasher.Verify("s3cret!", second));
        Assert.False(PasswordHasher.Verify("s3cret", first));
    }

    [Theory]
    [InlineData("hunter2")]
    [InlineData("pbkdf2-sha256$1000$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==")]
    [InlineData("")]
    public void PlainTextOrWeakHashesNeverVerify(string stored) => Assert.False(PasswordHasher.Verify("hunter2", stored));

    [Fact]
    public void ApiKeysAreStoredAsHashesAndVerifiedInConstantTime()
    {
        var (key, hash) = ApiKeyGenerator.Create();

        Assert.StartsWith("slm_", key);
        Assert.DoesNotContain(key, hash);
        Assert.True(ApiKeyGenerator.Verify(key, hash));
        Assert.False(ApiKeyGenerator.Verify(key + "x", hash));
        Assert.True(ApiKeyGenerator.Verify(key, PasswordHasher.Hash(key)));
    }

    [Fact]
    public void StartupRefusesAPlainTextPassword()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Admin:Users:0:UserName"] = "bob",
                ["Admin:Users:0:PasswordHash"] = "hunter2",
            }).Build())
            .AddLogging()
            .AddSlmAdmin()
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AdminOptions>>().Value);

        Assert.Contains("plain-text passwords are not accepted", error.Message);
    }

    [Fact]
    public async Task AddUserWritesAHashedAccountToTheLocalSettingsFileAndKeepsOtherSettings()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine(AdminUserFile.DefaultFileName);
        await File.WriteAllTextAsync(path, """{ "Slm": { "ModelPath": "models/phi" } }""");

        await AdminUserFile.AddOrUpdateAsync(path, AdminUserStore.CreateUser("carol", "first password"));
        await AdminUserFile.AddOrUpdateAsync(path, AdminUserStore.CreateUser("CAROL", "second password"));
        var configuration = new ConfigurationBuilder().AddJsonFile(path).Build();
        var options = configuration.GetSection(AdminOptions.SectionName).Get<AdminOptions>()!;

        var user = Assert.Single(options.Users);
        Assert.Equal("carol", user.UserName);
        Assert.True(PasswordHasher.Verify("second password", user.PasswordHash));
        Assert.DoesNotContain("second password", await File.ReadAllTextAsync(path));
        Assert.Equal("models/phi", configuration["Slm:ModelPath"]);
    }

    [Fact]
    public void AnUnknownUserIsVerifiedAgainstADecoyThatCostsTheSameIterationsAsTheAccounts()
    {
        var options = new AdminOptions();
        options.Users.Add(new AdminUserOptions { UserName = "alice", PasswordHash = PasswordHasher.Hash("a long enough password", 150_000) });
        var store = new AdminUserStore(new StaticOptionsMonitor(options));

        Assert.Equal(150_000, PasswordHasher.IterationsOf(store.DecoyHash));
        Assert.Null(store.Verify("mallory", "a long enough password"));
    }

    [Fact]
    public void FailuresFromOneAddressAloneNeverLockTheUserOut()
    {
        var throttle = new SignInThrottle(new ManualTime(), new StaticOptionsMonitor(new AdminOptions { MaxSignInFailures = 3 }));

        for (var i = 0; i < 20; i++)
        {
            throttle.RecordFailure("alice", "10.0.0.1");
        }

        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("alice"));
    }

    [Fact]
    public void FailuresFromSeveralAddressesLockTheUserOutWithAGrowingDelay()
    {
        var time = new ManualTime();
        var options = new StaticOptionsMonitor(new AdminOptions { MaxSignInFailures = 5, FirstLockout = TimeSpan.FromSeconds(30) });
        var throttle = new SignInThrottle(time, options);

        for (var i = 0; i < 4; i++)
        {
            throttle.RecordFailure("alice", $"10.0.0.{i % 2}");
        }

        var beforeLockout = throttle.RetryAfter("alice");
        throttle.RecordFailure(" ALICE ", "10.0.0.9");
        var firstLockout = throttle.RetryAfter("alice");
        time.Advance(TimeSpan.FromSeconds(31));
        var expired = throttle.RetryAfter("alice");
        throttle.RecordFailure("alice", "10.0.0.1");
        var secondLockout = throttle.RetryAfter("alice");
        throttle.RecordSuccess("alice");

        Assert.Equal(TimeSpan.Zero, beforeLockout);
        Assert.Equal(TimeSpan.FromSeconds(30), firstLockout);
        Assert.Equal(TimeSpan.Zero, expired);
        Assert.Equal(TimeSpan.FromSeconds(60), secondLockout);
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("alice"));
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("bob"));
    }

    [Fact]
    public void AttemptsOverTheAddressOrTheGlobalLimitWaitForTheWindowToEnd()
    {
        var time = new ManualTime();
        var options = new StaticOptionsMonitor(new AdminOptions
        {
            SignInAttemptsPerAddress = 2, SignInAttemptsGlobal = 3, SignInWindow = TimeSpan.FromMinutes(1),
        });
        var throttle = new SignInThrottle(time, options);

        var admitted = new[] { throttle.TryAcquire("10.0.0.1"), throttle.TryAcquire("10.0.0.1") };
        time.Advance(TimeSpan.FromSeconds(20));
        var sameAddress = throttle.TryAcquire("10.0.0.1");
        var other = throttle.TryAcquire("10.0.0.2");
        var overGlobal = throttle.TryAcquire("10.0.0.3");
        time.Advance(TimeSpan.FromSeconds(41));
        var nextWindow = throttle.TryAcquire("10.0.0.1");

        Assert.All(admitted, wait => Assert.Equal(TimeSpan.Zero, wait));
        Assert.Equal(TimeSpan.FromSeconds(40), sameAddress);
        Assert.Equal(TimeSpan.Zero, other);
        Assert.Equal(TimeSpan.FromSeconds(40), overGlobal);
        Assert.Equal(TimeSpan.Zero, nextWindow);
    }

    private sealed class ManualTime : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    private sealed class StaticOptionsMonitor(AdminOptions value) : IOptionsMonitor<AdminOptions>
    {
        public AdminOptions CurrentValue => value;

        public AdminOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<AdminOptions, string?> listener) => null;
    }
}

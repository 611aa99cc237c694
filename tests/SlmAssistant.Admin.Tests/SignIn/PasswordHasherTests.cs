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
    public void TheThrottleLocksOutAfterRepeatedFailuresWithAGrowingDelay()
    {
        var time = new ManualTime();
        var options = new StaticOptionsMonitor(new AdminOptions { MaxSignInFailures = 5, FirstLockout = TimeSpan.FromSeconds(30) });
        var throttle = new SignInThrottle(time, options);
        var key = SignInThrottle.KeyFor("alice", "10.0.0.1");

        for (var i = 0; i < 4; i++)
        {
            throttle.RecordFailure(key);
        }

        var beforeLockout = throttle.RetryAfter(key);
        throttle.RecordFailure(key);
        var firstLockout = throttle.RetryAfter(key);
        time.Advance(TimeSpan.FromSeconds(31));
        var expired = throttle.RetryAfter(key);
        throttle.RecordFailure(key);
        var secondLockout = throttle.RetryAfter(key);
        throttle.RecordSuccess(key);

        Assert.Equal(TimeSpan.Zero, beforeLockout);
        Assert.Equal(TimeSpan.FromSeconds(30), firstLockout);
        Assert.Equal(TimeSpan.Zero, expired);
        Assert.Equal(TimeSpan.FromSeconds(60), secondLockout);
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter(key));
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter(SignInThrottle.KeyFor("alice", "10.0.0.2")));
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

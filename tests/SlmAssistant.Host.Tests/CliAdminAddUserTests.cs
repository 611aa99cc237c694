using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests;

/// <summary>`slm admin add-user` as a real process, the password on its standard input as a script would give it.</summary>
public sealed class CliAdminAddUserTests : IDisposable
{
    private readonly TempDirectory _folder = new("slm-add-user");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("hunter2", "at least 12 characters")]
    [InlineData("elevenchars", "at least 12 characters")]
    [InlineData("password1234", "most common passwords")]
    [InlineData("Administrator1", "most common passwords")]
    [InlineData("dana-the-admin", "must not be the user name")]
    public async Task AddUserRefusesAShortCommonOrSelfNamedPasswordAndWritesNothing(string password, string reason)
    {
        var file = _folder.Combine("appsettings.Local.json");

        var (exitCode, error) = await AddUserAsync("dana-the-admin", password, file);

        Assert.Equal(1, exitCode);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task AddUserWritesOnlyTheHashOfALongUncommonPassword()
    {
        var file = _folder.Combine("appsettings.Local.json");

        var (exitCode, error) = await AddUserAsync("dana", "correct horse battery staple", file);

        Assert.True(exitCode == 0, error);
        var written = await File.ReadAllTextAsync(file);
        Assert.Contains("\"dana\"", written, StringComparison.Ordinal);
        Assert.Contains("pbkdf2", written, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("correct horse", written, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Error)> AddUserAsync(string userName, string password, string file)
    {
        using var process = CliProcess.Start(["admin", "add-user", userName, "--file", file], input: password);
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return (process.ExitCode, await error);
    }
}

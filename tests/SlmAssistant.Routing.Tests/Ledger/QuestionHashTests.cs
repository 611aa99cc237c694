using System.Security.Cryptography;
using System.Text;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Ledger;
using SlmAssistant.Routing.Ledger;

namespace SlmAssistant.Routing.Tests.Ledger;

public sealed class QuestionHashTests
{
    private const string Question = "my ssn is 536-22-8417";

    [Fact]
    public async Task TheLedgerHashIsNotAnUnsaltedShaOfTheQuestion()
    {
        await using var harness = LedgerHarness.Create();

        var entry = await harness.Ledger.RecordAsync(Turn(Question));

        var guessed = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Question)));
        Assert.NotEqual(guessed, entry.QuestionHash);
        Assert.Equal(64, entry.QuestionHash.Length);
    }

    [Fact]
    public async Task TheGeneratedKeyIsKeptInTheDataDirectoryForTheOwnerOnlyAndReusedAfterARestart()
    {
        string first;
        await using (var harness = LedgerHarness.Create())
        {
            first = (await harness.Ledger.RecordAsync(Turn(Question))).QuestionHash;
            var keyFile = harness.Data.Combine("data", "keys", QuestionHash.KeyName + ".key");
            var key = await File.ReadAllBytesAsync(keyFile);

            Assert.Equal(32, key.Length);
            Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Question))), first);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
            }
        }

        await using var other = LedgerHarness.Create();
        var elsewhere = (await other.Ledger.RecordAsync(Turn(Question))).QuestionHash;
        Assert.NotEqual(first, elsewhere); // Another deployment, another key.
    }

    [Fact]
    public async Task AConfiguredKeyIsUsedInsteadOfAGeneratedOne()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        await using var harness = LedgerHarness.Create(settings => settings["Ledger:QuestionHashKey"] = Convert.ToBase64String(key));

        var entry = await harness.Ledger.RecordAsync(Turn("  Where is   My Order "));

        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("where is my order"))), entry.QuestionHash);
        Assert.False(Directory.Exists(harness.Data.Combine("data", "keys")));
    }

    private static LedgerTurn Turn(string question) => new(question, "Noted.", Route.Local, AnswerMode.Extractive, null, null, TimeSpan.Zero);
}

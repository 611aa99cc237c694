using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Bot.Conversations;

namespace SlmAssistant.Bot.Tests.Conversations;

public class RetentionTests
{
    [Fact]
    public async Task TheRetentionJobDeletesWhatIsOlderThanTheRetentionAndNothingElse()
    {
        var time = new AdjustableTime();
        var settings = new Dictionary<string, string?> { ["Conversations:RetentionDays"] = "30", ["Conversations:RetentionInterval"] = "00:00:00.500" };
        await using var host = await BotTestHost.StartAsync(
            new ScriptedAnswerService(), settings, services => services.AddSingleton<TimeProvider>(time));
        time.Offset = TimeSpan.FromDays(-31);
        await PersonalDataAtRestTests.PostAsync(host, "conv-old", "How long do returns take?");
        await PersonalDataAtRestTests.PostAsync(host, "conv-long", "Where is my order?");
        time.Offset = TimeSpan.FromDays(-29);
        await PersonalDataAtRestTests.PostAsync(host, "conv-recent", "Can I exchange a jacket?");
        time.Offset = TimeSpan.Zero;
        await PersonalDataAtRestTests.PostAsync(host, "conv-long", "And where is it now?");

        await Eventually.GetAsync(() => host.Store.FindConversationAsync("conv-old"), c => c is null);

        var recent = await host.Store.GetActivitiesAsync("conv-recent", 0, 100);
        var longLived = await host.Store.GetActivitiesAsync("conv-long", 0, 100);
        Assert.Empty(await host.Store.GetActivitiesAsync("conv-old", 0, 100));
        Assert.NotNull(await host.Store.FindConversationAsync("conv-recent"));
        Assert.Contains(recent, a => a.Activity.Text == "Can I exchange a jacket?");
        Assert.All(longLived, a => Assert.NotEqual("Where is my order?", a.Activity.Text));
        Assert.Contains(longLived, a => a.Activity.Text == "And where is it now?");
    }

    [Fact]
    public async Task PurgeBeforeADateDeletesOnlyWhatCameBefore()
    {
        var time = new AdjustableTime();
        await using var host = await BotTestHost.StartAsync(new ScriptedAnswerService(), configureServices: s => s.AddSingleton<TimeProvider>(time));
        time.Offset = TimeSpan.FromDays(-10);
        await PersonalDataAtRestTests.PostAsync(host, "conv-before", "How long do returns take?");
        time.Offset = TimeSpan.Zero;
        await PersonalDataAtRestTests.PostAsync(host, "conv-after", "Can I exchange a jacket?");

        var purged = await host.Services.GetRequiredService<ConversationRetention>().PurgeBeforeAsync(DateTimeOffset.UtcNow.AddDays(-5));

        Assert.Equal(1, purged.Conversations);
        Assert.Equal(1, purged.Answers);
        Assert.Null(await host.Store.FindConversationAsync("conv-before"));
        Assert.NotNull(await host.Store.FindConversationAsync("conv-after"));
        Assert.Contains(await host.Store.GetActivitiesAsync("conv-after", 0, 100), a => a.Activity.Text == "Can I exchange a jacket?");
    }
}

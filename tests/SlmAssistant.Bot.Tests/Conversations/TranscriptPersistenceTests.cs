using System.Net.Http.Json;
using SlmAssistant.Bot.Protocol;
using SlmAssistant.Bot.Widget;

namespace SlmAssistant.Bot.Tests.Conversations;

public class TranscriptPersistenceTests
{
    [Fact]
    public async Task HistorySurvivesARestartOnTheSameDatabase()
    {
        using var data = new TestDirectory();
        var answers = new ScriptedAnswerService();
        SlmAssistant.Bot.DirectLine.DirectLineConversation conversation;
        string question;
        await using (var before = await BotTestHost.StartAsync(answers, dataDirectory: data.Path))
        {
            var client = new DirectLineClient(before.Client);
            conversation = await client.StartAsync(BotTestHost.DirectLineSecret);
            question = await client.PostMessageAsync(conversation, "How long do I have to return electronics?");
            await client.WaitForActivityAsync(conversation.ConversationId, conversation.Token!, a => a.ReplyToId == question);
        }

        await using var after = await BotTestHost.StartAsync(answers, dataDirectory: data.Path);
        var restarted = new DirectLineClient(after.Client);
        var transcript = await restarted.GetActivitiesAsync(conversation.ConversationId, conversation.Token!);
        var next = await restarted.PostMessageAsync(conversation, "And for clothing?");
        await restarted.WaitForActivityAsync(conversation.ConversationId, conversation.Token!, a => a.ReplyToId == next);

        Assert.Equal(3, transcript.Activities.Count);
        Assert.Equal(question, transcript.Activities[1].Id);
        Assert.Equal(question, transcript.Activities[2].ReplyToId);
        Assert.Equal($"{conversation.ConversationId}|0000004", next);
        var history = answers.Requests.Last().History;
        Assert.Equal(3, history.Count);
        Assert.Equal("How long do I have to return electronics?", history[1].Text);
    }

    [Fact]
    public async Task WidgetTokenFromBeforeARestartResumesItsConversationWithoutASecret()
    {
        using var data = new TestDirectory();
        var noSecret = new Dictionary<string, string?> { ["Bot:DirectLineSecret"] = string.Empty };
        WidgetTokenResponse first;
        await using (var before = await BotTestHost.StartAsync(new ScriptedAnswerService(), noSecret, dataDirectory: data.Path))
        {
            using var response = await before.Client.PostAsJsonAsync(new Uri("api/widget/token", UriKind.Relative), new { });
            first = (await response.Content.ReadFromJsonAsync<WidgetTokenResponse>(ProtocolJson.Options))!;
            await new DirectLineClient(before.Client).StartAsync(first.Token);
        }

        await using var after = await BotTestHost.StartAsync(new ScriptedAnswerService(), noSecret, dataDirectory: data.Path);
        using var resumed = await after.Client.PostAsJsonAsync(new Uri("api/widget/token", UriKind.Relative), new { token = first.Token });
        var second = (await resumed.Content.ReadFromJsonAsync<WidgetTokenResponse>(ProtocolJson.Options))!;
        var activities = await new DirectLineClient(after.Client).GetActivitiesAsync(second.ConversationId, second.Token);

        Assert.True(second.Resumed);
        Assert.Equal(first.ConversationId, second.ConversationId);
        Assert.Equal(first.UserId, second.UserId);
        Assert.Single(activities.Activities);
    }
}

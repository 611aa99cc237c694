using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Bot.Conversations;
using SlmAssistant.Bot.Protocol;
using SlmAssistant.Bot.Tests.Channel;

namespace SlmAssistant.Bot.Tests.Conversations;

public class PersonalDataAtRestTests
{
    public const string Card = "4111 1111 1111 1111";
    public const string Ssn = "536-22-8417";
    public const string Phone = "415-555-0132";
    public const string Email = "ana.silva@example.com";
    public const string Message = $"My card {Card} was charged twice. SSN {Ssn}, call me on {Phone} or write to {Email}.";

    /// <summary>Every form a secret could be stored in.</summary>
    public static readonly string[] Secrets = [Card, "4111111111111111", Ssn, "536228417", Phone, "4155550132", Email];

    // A Teams user: the channel sends the display name, the sign-in name and the e-mail with every activity.
    private const string Name = "Alex Morgan";
    private const string Upn = "alex.morgan@contoso.example";
    private static readonly string[] Identity = [Name, "Morgan", Upn];

    [Fact]
    public async Task PersonalDataSentThroughDirectLineAndApiMessagesIsFoundNowhereInTheDataDirectory()
    {
        using var data = new TestDirectory();
        var answers = new ScriptedAnswerService();
        answers.Result = _ => new AnswerResult(
            $"We will write to {Email} today. Our help line is 1-800-555-0199.", Route.Local, "return-policy", 0.8, [], AnswerMode.Slm, Found: true);
        await using (var host = await BotTestHost.StartAsync(answers, dataDirectory: data.Path))
        {
            var client = new DirectLineClient(host.Client);
            var conversation = await client.StartAsync(BotTestHost.DirectLineSecret);
            var asked = await client.PostMessageAsync(conversation, Message);
            await client.WaitForActivityAsync(conversation.ConversationId, conversation.Token!, a => a.ReplyToId == asked && a.Type == ActivityTypes.Message);
            using var messages = await host.Client.PostAsJsonAsync(
                new Uri("api/messages", UriKind.Relative), FromNamedTeamsUser(Message, "conv-pii"), ProtocolJson.Options);
            var replies = (await messages.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options))!.Activities;

            // The turns were answered as written; the customer's reply still reads as sent.
            Assert.Equal(HttpStatusCode.OK, messages.StatusCode);
            Assert.All(answers.Requests, r => Assert.Equal(Message, r.Question));
            Assert.Contains(replies, r => r.Text?.Contains(Email, StringComparison.Ordinal) == true);
            Assert.Empty(DataDirectoryScan.Find(data.Path, [.. Secrets, .. Identity]));

            // The names in the json column are one stable alias of the user's id, on the way in and out.
            var channelTurn = await host.Store.GetActivitiesAsync("conv-pii", 0, 100);
            var alias = channelTurn.Single(a => a.Direction == ActivityDirection.Incoming).Activity.From!.Name;
            Assert.StartsWith("user-", alias, StringComparison.Ordinal);
            Assert.All(channelTurn.Where(a => a.Direction == ActivityDirection.Outgoing), a => Assert.Equal(alias, a.Activity.Recipient!.Name));
            Assert.All(channelTurn.Where(a => a.Direction == ActivityDirection.Outgoing), a => Assert.Equal("Assistant", a.Activity.From!.Name));

            // Read back, the transcript has placeholders; the business's own number stays.
            var stored = await client.GetActivitiesAsync(conversation.ConversationId, conversation.Token!);
            var question = stored.Activities.Single(a => a.Id == asked).Text!;
            Assert.Contains("[CARD_1]", question, StringComparison.Ordinal);
            Assert.Contains("[SSN_1]", question, StringComparison.Ordinal);
            Assert.Contains("[PHONE_1]", question, StringComparison.Ordinal);
            Assert.Contains("[EMAIL_1]", question, StringComparison.Ordinal);
            var answer = stored.Activities.Last(a => a.ReplyToId == asked && a.Type == ActivityTypes.Message).Text!;
            Assert.Contains("We will write to [EMAIL_1] today", answer, StringComparison.Ordinal);
            Assert.Contains("1-800-555-0199", answer, StringComparison.Ordinal);
            var record = await host.Store.FindAnswerAsync(conversation.ConversationId, null, stored.Activities[^1].Id);
            Assert.DoesNotContain(Card, record!.Question, StringComparison.Ordinal);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Empty(DataDirectoryScan.Find(data.Path, [.. Secrets, .. Identity]));
    }

    [Fact]
    public async Task ADisplayNameNoDetectorRecognisesIsStoredOnlyAsTheAccountsAlias()
    {
        // Neither word is on the redactor's list of first names (both are everyday words too): only the account says it is a name.
        const string Unrecognised = "Morgan Harper";
        using var data = new TestDirectory();
        await using var host = await BotTestHost.StartAsync(new ScriptedAnswerService(), dataDirectory: data.Path);
        var joined = ChannelActivities.Of(ActivityTypes.ConversationUpdate, "conv-named");
        joined.MembersAdded = [new ChannelAccount("bot-1", "Assistant"), new ChannelAccount("29:user-2", Unrecognised)];
        var asked = ChannelActivities.Message("Where is my order?", "conv-named");
        asked.From = new ChannelAccount("29:user-2", Unrecognised, "user");

        foreach (var activity in new[] { joined, asked })
        {
            using var response = await host.Client.PostAsJsonAsync(new Uri("api/messages", UriKind.Relative), activity, ProtocolJson.Options);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var stored = await host.Store.GetActivitiesAsync("conv-named", 0, 100);
        var alias = host.Services.GetRequiredService<TranscriptRedactor>().AliasOf("29:user-2");
        Assert.Empty(DataDirectoryScan.Find(data.Path, [Unrecognised, "Harper"]));
        Assert.Equal(alias, stored.Single(a => a.Activity.Type == ActivityTypes.Message && a.Direction == ActivityDirection.Incoming).Activity.From!.Name);
        Assert.Equal(
            new[] { "Assistant", alias },
            stored.Single(a => a.Activity.Type == ActivityTypes.ConversationUpdate).Activity.MembersAdded!.Select(m => m.Name ?? string.Empty));
    }

    [Fact]
    public async Task PersonalDataInLinksIsRedactedAndTheLinksKeepTheirSchemeHostAndPath()
    {
        using var data = new TestDirectory();
        await using var host = await BotTestHost.StartAsync(new ScriptedAnswerService(), dataDirectory: data.Path);
        var activity = ChannelActivities.Message("Here is my receipt", "conv-links");
        activity.Attachments =
        [
            new Attachment("application/pdf", $"https://files.example/receipts/42.pdf?email={Uri.EscapeDataString(Email)}&phone={Phone}") { ThumbnailUrl = $"mailto:{Email}" },
            new Attachment("text/vcard", $"tel:{Phone}"),
            new Attachment("image/png", "https://files.example/photo.png"),
        ];

        using var response = await host.Client.PostAsJsonAsync(new Uri("api/messages", UriKind.Relative), activity, ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = (await host.Store.GetActivitiesAsync("conv-links", 0, 100)).Single(a => a.Direction == ActivityDirection.Incoming).Activity;
        Assert.StartsWith("https://files.example/receipts/42.pdf?email=", stored.Attachments![0].ContentUrl, StringComparison.Ordinal);
        Assert.StartsWith("mailto:", stored.Attachments[0].ThumbnailUrl, StringComparison.Ordinal);
        Assert.StartsWith("tel:", stored.Attachments[1].ContentUrl, StringComparison.Ordinal);
        Assert.Equal("https://files.example/photo.png", stored.Attachments[2].ContentUrl);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Empty(DataDirectoryScan.Find(data.Path, [.. Secrets, Uri.EscapeDataString(Email)]));
    }

    [Fact]
    public async Task TheSameValueKeepsItsPlaceholderAcrossTheMessagesOfAConversation()
    {
        await using var host = await BotTestHost.StartAsync(new ScriptedAnswerService());
        await PostAsync(host, "conv-same", $"My card is {Card}.");
        await PostAsync(host, "conv-same", "Is 4111-1111-1111-1111 blocked now? My other card 5555 5555 5555 4444 works.");
        await PostAsync(host, "conv-other", "Card 5555 5555 5555 4444 here.");

        var same = await host.Store.GetActivitiesAsync("conv-same", 0, 100);
        var incoming = same.Where(a => a.Direction == ActivityDirection.Incoming).Select(a => a.Activity.Text).ToList();
        var other = await host.Store.GetActivitiesAsync("conv-other", 0, 100);

        Assert.Equal("My card is [CARD_1].", incoming[0]);
        Assert.Equal("Is [CARD_1] blocked now? My other card [CARD_2] works.", incoming[1]);
        Assert.Equal("Card [CARD_1] here.", other.First(a => a.Direction == ActivityDirection.Incoming).Activity.Text);
    }

    [Fact]
    public async Task KeptOriginalsAreEncryptedInTheFilesAndReadableWithTheKeyRing()
    {
        using var data = new TestDirectory();
        var settings = new Dictionary<string, string?> { ["Conversations:KeepOriginals"] = "true" };
        await using var host = await BotTestHost.StartAsync(new ScriptedAnswerService(), settings, dataDirectory: data.Path);
        await PostAsync(host, "conv-kept", Message);

        var originals = await host.Services.GetRequiredService<ConversationOriginals>().ReadAsync("conv-kept");

        Assert.Contains(originals, o => o.Item == "activity:1" && o.Text == Message);
        Assert.Contains(originals, o => o.Item.StartsWith("question:", StringComparison.Ordinal) && o.Text == Message);
        Assert.Empty(DataDirectoryScan.Find(data.Path, Secrets));
    }

    // The user's name and sign-in in the account, an attachment and the channel data, as a Teams client sends them.
    private static Activity FromNamedTeamsUser(string text, string conversationId)
    {
        var activity = ChannelActivities.Message(text, conversationId);
        activity.From = new ChannelAccount("29:user-1", Name, "user")
        {
            AadObjectId = "00000000-0000-0000-0000-000000000001",
            AdditionalProperties = new Dictionary<string, JsonElement>
            {
                ["userPrincipalName"] = JsonSerializer.SerializeToElement(Upn),
                ["email"] = JsonSerializer.SerializeToElement(Upn),
                ["givenName"] = JsonSerializer.SerializeToElement("Alex"),
                ["surname"] = JsonSerializer.SerializeToElement("Morgan"),
            },
        };
        activity.Attachments =
        [
            new Attachment("text/plain", Name: "statement.txt") { Content = JsonSerializer.SerializeToElement($"Card {Card}, {Email}, {Phone}") },
        ];
        activity.ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["tenant"] = new Dictionary<string, string> { ["id"] = "tenant-1" },
            ["userName"] = Name,
            ["userEmail"] = Upn,
        });
        return activity;
    }

    internal static async Task PostAsync(BotTestHost host, string conversationId, string text)
    {
        using var response = await host.Client.PostAsJsonAsync(
            new Uri("api/messages", UriKind.Relative), ChannelActivities.Message(text, conversationId), ProtocolJson.Options);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

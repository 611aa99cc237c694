using System.Text.Json;
using System.Text.Json.Nodes;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Tests.Protocol;

public class ActivitySerializationTests
{
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1700000000000",
          "timestamp": "2026-11-24T10:15:00.123Z",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "channelId": "msteams",
          "from": { "id": "29:abc", "name": "Ada", "aadObjectId": "00000000-0000-0000-0000-000000000001", "userPrincipalName": "ada@contoso.example" },
          "recipient": { "id": "28:bot", "name": "Assistant" },
          "conversation": { "id": "a:1", "conversationType": "personal", "tenantId": "t-1", "isGroup": false, "custom": 7 },
          "text": "Is there a restocking fee?",
          "textFormat": "plain",
          "locale": "en-US",
          "entities": [ { "type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Web" } ],
          "channelData": { "tenant": { "id": "t-1" }, "source": { "name": "message" } },
          "attachments": [ { "contentType": "text/html", "content": "<p>Is there a restocking fee?</p>" } ],
          "suggestedActions": { "actions": [ { "type": "imBack", "title": "Yes", "value": "Yes" } ] },
          "unknownTopLevel": { "nested": [1, 2, 3] }
        }
        """;

    [Fact]
    public void ActivityRoundTripKeepsEveryPropertyIncludingUnknownOnes()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, ProtocolJson.Options)!;

        var written = JsonSerializer.Serialize(activity, ProtocolJson.Options);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TeamsMessage), JsonNode.Parse(written)), written);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("Ada", activity.From!.Name);
        Assert.Equal("ada@contoso.example", activity.From.AdditionalProperties!["userPrincipalName"].GetString());
        Assert.Equal("personal", activity.Conversation!.ConversationType);
        Assert.Equal("US", activity.Entities![0].GetString("country"));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 15, 0, 123, TimeSpan.Zero), activity.Timestamp);
    }

    [Fact]
    public void ActivityIsWrittenInCamelCaseWithoutNulls()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ReplyToId = "q-1",
            Text = "Hello",
            SuggestedActions = new SuggestedActions([CardAction.ImBack("When will I get my refund?")]),
        };

        var json = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!.AsObject();

        Assert.Equal(["type", "replyToId", "text", "suggestedActions"], json.Select(p => p.Key).ToArray());
        var action = json["suggestedActions"]!["actions"]![0]!;
        Assert.Equal("imBack", action["type"]!.GetValue<string>());
        Assert.Equal("When will I get my refund?", action["value"]!.GetValue<string>());
    }

    [Fact]
    public void EntityCreateWritesItsFieldsBesideItsType()
    {
        var entity = Entity.Create("streaminfo", new Dictionary<string, object?> { ["streamType"] = "streaming", ["streamSequence"] = 2 });

        var json = JsonNode.Parse(JsonSerializer.Serialize(entity, ProtocolJson.Options))!;

        Assert.Equal("streaminfo", json["type"]!.GetValue<string>());
        Assert.Equal("streaming", json["streamType"]!.GetValue<string>());
        Assert.Equal(2, json["streamSequence"]!.GetValue<int>());
    }
}

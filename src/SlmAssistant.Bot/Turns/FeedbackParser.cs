using System.Text.Json;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Turns;

/// <summary>
/// Reads feedback from the two shapes channels send: Teams' invoke "message/submitAction"
/// (value.actionName "feedback", value.actionValue.reaction, optional feedback text, replyToId = the answer) and Web
/// Chat's event "webchat:activity-status/feedback" (the LikeAction/DislikeAction entity of the answer).
/// </summary>
public static class FeedbackParser
{
    public const string SubmitActionInvoke = "message/submitAction";
    public const string WebChatFeedbackEvent = "webchat:activity-status/feedback";

    public static Feedback? FromSubmitAction(Activity invoke)
    {
        if (invoke.Value is not { ValueKind: JsonValueKind.Object } value
            || !string.Equals(String(value, "actionName"), "feedback", StringComparison.OrdinalIgnoreCase)
            || !value.TryGetProperty("actionValue", out var action)
            || action.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var reaction = String(action, "reaction")?.ToLowerInvariant();
        if (reaction is not (Feedback.Like or Feedback.Dislike))
        {
            return null;
        }

        return new Feedback(reaction, Comment(action), null, invoke.ReplyToId);
    }

    public static Feedback? FromWebChatEvent(Activity @event)
    {
        var action = @event.Entities?.FirstOrDefault();
        if (action is null)
        {
            return null;
        }

        var type = action.GetString("@type");
        var reaction = type switch
        {
            "LikeAction" => Feedback.Like,
            "DislikeAction" => Feedback.Dislike,
            "VoteAction" => action.GetString("actionOption") == "downvote" ? Feedback.Dislike : Feedback.Like,
            _ => null,
        };
        if (reaction is null)
        {
            return null;
        }

        string? answerId = null;
        if (action.Properties.TryGetValue("object", out var target)
            && String(target, "@id") is { } urn
            && urn.StartsWith(OrgSchemaMessage.AnswerUrnPrefix, StringComparison.Ordinal))
        {
            answerId = urn[OrgSchemaMessage.AnswerUrnPrefix.Length..];
        }

        return new Feedback(reaction, null, answerId, @event.ReplyToId);
    }

    // Teams sends the text as a JSON string ("{\"feedbackText\":\"…\"}"); other clients may send it plain or as an object.
    private static string? Comment(JsonElement action)
    {
        if (!action.TryGetProperty("feedback", out var feedback))
        {
            return null;
        }

        if (feedback.ValueKind == JsonValueKind.Object)
        {
            return String(feedback, "feedbackText");
        }

        if (feedback.ValueKind != JsonValueKind.String || feedback.GetString() is not { Length: > 0 } text)
        {
            return null;
        }

        try
        {
            using var parsed = JsonDocument.Parse(text);
            return parsed.RootElement.ValueKind == JsonValueKind.Object ? String(parsed.RootElement, "feedbackText") : text;
        }
        catch (JsonException)
        {
            return text;
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlmAssistant.Bot.Protocol;

/// <param name="Type">imBack (the value is sent as the user's message), postBack, openUrl, messageBack …</param>
public sealed record CardAction(string Type, string? Title, JsonElement? Value = null)
{
    public const string ImBackType = "imBack";

    public const string MessageBackType = "messageBack";

    public string? Text { get; init; }

    public string? DisplayText { get; init; }

    public string? Image { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; init; }

    /// <summary>A button that sends <paramref name="text"/> as if the user had typed it.</summary>
    public static CardAction ImBack(string text) => new(ImBackType, text, JsonSerializer.SerializeToElement(text));

    /// <summary>
    /// A card button that sends <paramref name="text"/> as the user's message and shows it in the conversation: what
    /// Teams recommends for hero card buttons (the Agents Playground, like some Teams clients, does not run imBack there).
    /// </summary>
    public static CardAction MessageBack(string text) => new(MessageBackType, text) { Text = text, DisplayText = text };
}

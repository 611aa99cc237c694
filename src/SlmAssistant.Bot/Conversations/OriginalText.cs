namespace SlmAssistant.Bot.Conversations;

/// <summary>An original (unredacted) text kept encrypted under Conversations:KeepOriginals.</summary>
/// <param name="Item">What it was: "activity:{watermark}", "question:{answerId}", "answer:{answerId}" or "feedback".</param>
public sealed record OriginalText(string Item, string Text, DateTimeOffset CreatedAt);

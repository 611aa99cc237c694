namespace SlmAssistant.Bot.Protocol;

/// <summary>The body of an HTTP response to an activity sent with deliveryMode "expectReplies".</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);

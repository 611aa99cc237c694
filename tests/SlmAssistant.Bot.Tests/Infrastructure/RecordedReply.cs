using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Tests.Infrastructure;

/// <param name="AssignedId">The id the fake connector gave the activity.</param>
public sealed record RecordedReply(string Path, string ConversationId, string? ReplyToId, string Authorization, Activity Activity, string AssignedId);

using Microsoft.Extensions.Logging;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Domains;
using SlmAssistant.Bot.Conversations;
using SlmAssistant.Bot.Protocol;
using SlmAssistant.Bot.Turns;

namespace SlmAssistant.Bot.Handoff;

/// <summary>
/// Offers of a person and what follows: an offer made with an answer is recorded; a "yes" starts the handoff (the team
/// gets a summary and the transcript in a handoff.initiate event, the customer the team's contact), a "no" carries on.
/// A customer who asks for a person directly gets the handoff at once.
/// </summary>
public sealed class HandoffCoordinator(IConversationStore store, IDomainCatalog domains, TimeProvider time, ILogger<HandoffCoordinator> logger)
{
    public const string DeclinedText = "No problem. What else can I help you with?";
    public const string OfferAccepted = "offerAccepted";
    public const string CustomerRequest = "customerRequest";
    private const int HistoryTurns = 20;
    private const int TranscriptLimit = 500;

    public Task RecordOfferAsync(BotTurn turn, string answerId, HandoffOffer offer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(offer);
        return store.SaveHandoffAsync(
            new HandoffRecord(NewId(), turn.Conversation.Id, answerId, offer.Domain, HandoffStates.Offered, null, time.GetUtcNow()), cancellationToken);
    }

    /// <summary>Acts on a yes or no to the open offer.</summary>
    public async Task AnswerOfferAsync(BotTurn turn, HandoffRecord offer, bool accepted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(offer);
        if (!accepted)
        {
            await store.SaveHandoffAsync(offer with { State = HandoffStates.Declined }, cancellationToken);
            await turn.Sink.SendAsync(turn.CreateReply(ActivityTypes.Message, DeclinedText), cancellationToken);
            return;
        }

        var unanswered = (await store.FindAnswerAsync(turn.Conversation.Id, offer.AnswerId, null, cancellationToken))?.Question;
        await StartAsync(turn, offer with { State = HandoffStates.Accepted }, unanswered, OfferAccepted, confirm: true, cancellationToken);
    }

    /// <summary>The customer asked for a person: the answer already said the team will take over.</summary>
    public Task StartRequestedAsync(BotTurn turn, string answerId, string? domain, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var record = new HandoffRecord(NewId(), turn.Conversation.Id, answerId, domain, HandoffStates.Requested, null, time.GetUtcNow());
        return StartAsync(turn, record, null, CustomerRequest, confirm: false, cancellationToken);
    }

    public static string Confirmation(DomainProfile? profile)
    {
        var text = profile is null
            ? "I've passed this conversation to our team, with a summary of your questions; they'll reply here."
            : $"I've passed this conversation to our team at {profile.Organization}, with a summary of your questions; they'll reply here.";
        return profile?.Contact is { } contact ? $"{text} {contact}" : text;
    }

    private async Task StartAsync(BotTurn turn, HandoffRecord record, string? unanswered, string reason, bool confirm, CancellationToken cancellationToken)
    {
        var conversationId = turn.Conversation.Id;
        var profile = domains.Find(record.Domain ?? turn.Conversation.Domain);
        var history = await store.GetHistoryAsync(conversationId, turn.Watermark, HistoryTurns, cancellationToken);
        var summary = HandoffSummary.Write(history, unanswered, profile?.DisplayName);
        await store.SaveHandoffAsync(record with { Summary = summary }, cancellationToken);
        if (confirm)
        {
            await turn.Sink.SendAsync(turn.CreateReply(ActivityTypes.Message, Confirmation(profile)), cancellationToken);
        }

        var transcript = (await store.GetActivitiesAsync(conversationId, 0, TranscriptLimit, cancellationToken))
            .Select(a => a.Activity)
            .Where(a => a.Type == ActivityTypes.Message)
            .ToList();
        var handoff = HandoffEvent.Create(
            turn.CreateReply(ActivityTypes.Event), new HandoffContext(record.Id, record.Domain, reason, summary, profile?.Contact), transcript);

        // A channel that carries events (Direct Line) hands it to whoever listens; elsewhere it waits in the transcript.
        if (turn.Sink.DeliversEvents)
        {
            await turn.Sink.SendAsync(handoff, cancellationToken);
        }
        else
        {
            await store.AppendAsync(conversationId, handoff, ActivityDirection.Outgoing, cancellationToken);
        }

        logger.LogInformation("Handoff {HandoffId} started in conversation {ConversationId} ({Reason})", record.Id, conversationId, reason);
    }

    private static string NewId() => Guid.NewGuid().ToString("N");
}

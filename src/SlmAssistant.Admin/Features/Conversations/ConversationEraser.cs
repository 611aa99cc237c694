using Microsoft.AspNetCore.Http;
using SlmAssistant.Abstractions.Conversations;
using SlmAssistant.Admin.Features.Audit;

namespace SlmAssistant.Admin.Features.Conversations;

/// <summary>Erases one conversation on request (the console's button, the API's DELETE) and records who did it.</summary>
public sealed class ConversationEraser(IConversationHistory history, AuditLog audit)
{
    public async Task<bool> EraseAsync(string id, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var erased = await history.EraseAsync(id, cancellationToken);
        await audit.WriteAsync(context, AuditActions.EraseConversation, id, erased ? "transcript, answers, feedback and handoffs deleted" : "no such conversation", erased);
        return erased;
    }
}

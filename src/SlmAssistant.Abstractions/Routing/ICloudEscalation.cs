namespace SlmAssistant.Abstractions.Routing;

/// <summary>The large cloud model, for out-of-scope turns only; personal data is redacted before anything leaves.</summary>
public interface ICloudEscalation
{
    /// <summary>False when no cloud model is configured: nothing is ever sent.</summary>
    bool IsEnabled { get; }

    /// <param name="history">Earlier turns, oldest first; role "user" or "assistant".</param>
    Task<CloudReply> AskAsync(string question, IReadOnlyList<(string Role, string Text)> history, CancellationToken cancellationToken = default);
}

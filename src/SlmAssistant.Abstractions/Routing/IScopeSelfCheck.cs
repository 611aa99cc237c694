using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Abstractions.Routing;

/// <summary>A second opinion on scope from the local model: do these passages of ours answer the question?</summary>
public interface IScopeSelfCheck
{
    /// <summary>False without a local model: the router keeps its rules' decision.</summary>
    bool IsAvailable { get; }

    /// <summary>True for yes, false for no; throws when the model replies anything else.</summary>
    Task<bool> AnswersAsync(string question, IReadOnlyList<SearchHit> passages, CancellationToken cancellationToken = default);
}

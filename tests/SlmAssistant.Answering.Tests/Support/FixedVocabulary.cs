using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Answering.Tests.Support;

/// <summary>A knowledge vocabulary of the given words only, for the router's unfamiliar-name rule.</summary>
internal sealed class FixedVocabulary(params string[] words) : IKnowledgeVocabulary
{
    public Task<IReadOnlyList<bool>> ContainsAsync(IReadOnlyList<string> phrases, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<bool>>([.. phrases.Select(p => words.Contains(p, StringComparer.OrdinalIgnoreCase))]);

    public Task<IReadOnlyList<bool>> ContainsAsync(IReadOnlyList<string> phrases, string? domain, CancellationToken cancellationToken = default) =>
        ContainsAsync(phrases, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> CorrectAsync(IReadOnlyCollection<string> words, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

    public Task<VocabularySnapshot> WordsAsync(string? domain, CancellationToken cancellationToken = default) =>
        Task.FromResult(new VocabularySnapshot(0, words));
}

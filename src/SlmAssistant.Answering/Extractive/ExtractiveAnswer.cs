using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Answering.Understanding;

namespace SlmAssistant.Answering.Extractive;

/// <summary>Quoted sentences with [n] markers; <see cref="Citations"/>[n-1] is the source of marker [n]. Empty text: not found.</summary>
public sealed record ExtractiveAnswer(string Text, IReadOnlyList<Citation> Citations, IReadOnlyList<SearchHit> UsedHits)
{
    /// <summary>What the question was read as asking.</summary>
    public QuestionIntent? Intent { get; init; }

    /// <summary>The best sentence, also when the answer was withheld (for the trace and for calibration).</summary>
    public SentenceCandidate? Lead { get; init; }

    /// <summary>The best-scoring candidate sentences, best first (for the trace and for calibration).</summary>
    public IReadOnlyList<SentenceCandidate> Ranked { get; init; } = [];

    /// <summary>Focus words of the question that the domain's documents never use, nor anything close in meaning.</summary>
    public IReadOnlyList<string> Unknown { get; init; } = [];

    /// <summary>Every focus word the documents never use, with their closest word and its similarity.</summary>
    public IReadOnlyList<OutOfVocabularyWord> OutOfVocabulary { get; init; } = [];

    /// <summary>The answer that would have been given, when it was withheld (for calibration only, never shown).</summary>
    public string? Withheld { get; init; }

    /// <summary>Why the answer was given or withheld, in a few words.</summary>
    public string Reason { get; init; } = string.Empty;

    public bool Found => Text.Length > 0;

    public static ExtractiveAnswer None(QuestionIntent intent, string reason) => new(string.Empty, [], []) { Intent = intent, Reason = reason };
}

using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Admin.Features.Playground;

/// <summary>
/// Everything behind one answer: the retrieved chunks, the answer with its route, scores and citations, the prompt
/// (from the answer's trace when the answer service provides one, else the sources block the model would be given),
/// and timings.
/// </summary>
/// <param name="Answer">Null when no answer service is configured (search still works).</param>
/// <param name="PromptKind">"trace" when <see cref="Prompt"/> came from the answer's trace, "sources" otherwise.</param>
/// <param name="RetrievalQuery">The text the answer service searched with (differs from the question for follow-ups).</param>
/// <param name="Steps">The kernel functions the answer ran, with their rendered prompts and timings (none in extractive mode).</param>
public sealed record PlaygroundResult(
    string Question,
    string? Domain,
    IReadOnlyList<PlaygroundHit> Hits,
    AnswerResult? Answer,
    string Prompt,
    string PromptKind,
    string? RetrievalQuery,
    IReadOnlyList<PlaygroundPromptStep> Steps,
    PlaygroundTimings Timings,
    string? Error);

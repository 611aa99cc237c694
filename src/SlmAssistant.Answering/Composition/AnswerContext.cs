using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Abstractions.Domains;
using SlmAssistant.Answering.Extractive;

namespace SlmAssistant.Answering.Composition;

/// <summary>What is known about a question once retrieval is done; composers and follow-up suggesters work from it.</summary>
/// <param name="RetrievalQuery">The text searched: the question, or the question with the earlier one it continues.</param>
/// <param name="Domain">The requested domain, else the top hit's; null when neither is known.</param>
/// <param name="Profile">The domain's profile (a fallback profile for an unknown domain).</param>
public sealed record AnswerContext(
    AnswerRequest Request,
    string RetrievalQuery,
    IReadOnlyList<SearchHit> Hits,
    EvidenceAssessment Evidence,
    string? Domain,
    DomainProfile Profile);

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Answering.Domains;
using SlmAssistant.Answering.Extractive;

namespace SlmAssistant.Answering;

/// <summary>
/// Answers a question from the knowledge: retrieve, judge the evidence, compose a cited answer, add the domain's
/// disclaimer. Weak evidence gives "I don't know" with the domain's handoff path instead of a guess.
/// </summary>
public sealed class AnswerService(
    IKnowledgeSearch search,
    ExtractiveAnswerer extractive,
    DomainCatalog domains,
    IOptions<AnsweringOptions> options,
    ILogger<AnswerService> logger) : IAnswerService
{
    public const string NotFoundText = "I don't know the answer to that from our documents.";

    public async Task<AnswerResult> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Question);
        var filter = request.Domain is null ? null : new SearchFilter(request.Domain);
        var hits = await search.SearchAsync(new SearchRequest(request.Question, options.Value.Top, filter), cancellationToken);
        var evidence = EvidenceAssessment.Assess(hits, options.Value);
        var domain = request.Domain ?? (hits.Count > 0 ? hits[0].Chunk.Domain : null);
        logger.LogInformation(
            "Question answered from {HitCount} hits, best similarity {Similarity:F3}, sufficient {Sufficient}",
            hits.Count,
            evidence.BestSimilarity,
            evidence.IsSufficient);

        if (!evidence.IsSufficient)
        {
            return NotFound(domain, evidence);
        }

        var answer = await extractive.ComposeAsync(request.Question, hits, cancellationToken);
        if (answer.Text.Length == 0)
        {
            return NotFound(domain, evidence);
        }

        var profile = domains.Get(domain);
        return new AnswerResult(
            WithDisclaimer(answer.Text, profile),
            Routes.Local,
            domain,
            evidence.Confidence,
            answer.Citations,
            AnswerModes.Extractive,
            Found: true);
    }

    public async IAsyncEnumerable<AnswerUpdate> StreamAnswerAsync(
        AnswerRequest request,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The extractive answer is composed at once: one delta, then the final result.
        var result = await AnswerAsync(request, cancellationToken);
        yield return new AnswerUpdate(result.Answer);
        yield return new AnswerUpdate(null, result);
    }

    private AnswerResult NotFound(string? domain, EvidenceAssessment evidence)
    {
        var profile = domains.Get(domain);
        return new AnswerResult($"{NotFoundText} {profile.Handoff}", Routes.Local, domain, evidence.Confidence, [], AnswerModes.Extractive, Found: false);
    }

    private static string WithDisclaimer(string text, DomainProfile profile) =>
        profile.Disclaimer is null ? text : $"{text}\n\n{profile.Disclaimer}";
}

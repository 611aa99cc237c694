using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Bot.Tests.Infrastructure;

/// <summary>
/// A scripted IAnswerService for protocol tests. The real answer service (retrieval over the SQLite knowledge store)
/// lives on other branches; the end-to-end tests with the real stack are added in the host after the merge. This one
/// answers every question with <see cref="Result"/>, streamed as <see cref="Deltas"/>, and records each request.
/// </summary>
public sealed class ScriptedAnswerService : IAnswerService
{
    public static readonly Citation ReturnsCitation =
        new("returns-policy", "return-policy/returns.md", "Returns Policy", "Electronics", 2)
        {
            Quotes = ["Electronics can be returned within 15 days."],
            Passage = "Most items can be returned within 30 days. Electronics can be returned within 15 days. Opened software cannot be returned.",
        };

    public static readonly Citation WebCitation =
        new("refunds", "return-policy/refunds.pdf", "Refunds \"FAQ\"", "Timing", 4) { Url = "https://harborandpine.example/help/refunds.pdf" };

    public ConcurrentQueue<AnswerRequest> Requests { get; } = new();

    public Func<AnswerRequest, AnswerResult> Result { get; set; } = request => new AnswerResult(
        "Electronics can be returned within 15 days [1]. Refunds take 5 to 7 business days [2].",
        Route.Local,
        "return-policy",
        0.82,
        [ReturnsCitation, WebCitation],
        AnswerMode.Slm,
        Found: true)
    {
        FollowUpQuestions = ["Is there a restocking fee?", "Can I exchange instead?", "Do I need the receipt?", "A fourth one"],
    };

    /// <summary>How the answer text is cut into deltas when streamed; null streams the whole text as one delta.</summary>
    public IReadOnlyList<string>? Deltas { get; set; }

    public TimeSpan DelayBetweenDeltas { get; set; } = TimeSpan.Zero;

    public Exception? Failure { get; set; }

    public Task<AnswerResult> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(request);
        return Failure is null ? Task.FromResult(Result(request)) : Task.FromException<AnswerResult>(Failure);
    }

    public async IAsyncEnumerable<AnswerUpdate> StreamAnswerAsync(
        AnswerRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(request);
        if (Failure is not null)
        {
            throw Failure;
        }

        var result = Result(request);
        foreach (var delta in Deltas ?? [result.Answer])
        {
            await Task.Delay(DelayBetweenDeltas, cancellationToken);
            yield return new AnswerUpdate(delta);
        }

        yield return new AnswerUpdate(null, result);
    }
}

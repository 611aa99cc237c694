using System.Runtime.CompilerServices;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Composition;
using SlmAssistant.Answering.Tracing;

namespace SlmAssistant.Answering.Extractive;

/// <summary>Composes without a language model: the cited sentences of <see cref="ExtractiveAnswerer"/>, all at once.</summary>
public sealed class ExtractiveComposer(ExtractiveAnswerer answerer) : IAnswerComposer
{
    public AnswerMode Mode => AnswerMode.Extractive;

    public async IAsyncEnumerable<DraftUpdate> ComposeAsync(AnswerContext context, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var answer = await answerer.ComposeAsync(context, cancellationToken);
        if (AnswerTrace.Current is { } trace)
        {
            trace.Composition = answer;
        }

        if (answer.Found)
        {
            yield return new DraftUpdate(answer.Text);
        }

        yield return new DraftUpdate(null, new AnswerDraft(answer.Text, answer.Citations, answer.Found, null));
    }
}

using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Tests.Support;
using SlmAssistant.Inference.Onnx.Chat;

namespace SlmAssistant.Answering.Tests.Grounded;

[Collection(UsesAnswerModels.Name)]
public sealed class StreamingTests(AnswerModels models)
{
    [Fact]
    public async Task DeltasArriveAsTheModelWritesThenOneFinalResult()
    {
        await using var services = AnsweringServices.Create(models.LongScripted, new FixedKnowledgeSearch(SampleHits.ReturnPolicy));

        var (deltas, final, updates) = await AnswerStreams.ReadAsync(services.GetRequiredService<IAnswerService>()
            .StreamAnswerAsync(new AnswerRequest("List the steps.", "return-policy")));

        Assert.True(deltas.Count > 50, $"Expected the answer in many pieces, got {deltas.Count}.");
        Assert.Equal(deltas.Count + 1, updates);
        Assert.Equal(models.LongAnswer, final.Answer);
        Assert.Equal(final.Answer, string.Concat(deltas));
        Assert.Equal([SampleHits.ReturnPolicy[0].Citation], final.Citations);
    }

    [Fact]
    public async Task CancellingMidStreamStopsTheModelAndFreesItsSlot()
    {
        await using var services = AnsweringServices.Create(models.LongScripted, new FixedKnowledgeSearch(SampleHits.ReturnPolicy));
        var answers = services.GetRequiredService<IAnswerService>();
        using var cancellation = new CancellationTokenSource();
        var deltas = 0;

        var reading = Task.Run(async () =>
        {
            await foreach (var update in answers.StreamAnswerAsync(new AnswerRequest("List the steps.", "return-policy"), cancellation.Token))
            {
                if (update.TextDelta is not null && ++deltas == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading.WaitAsync(AnswerStreams.Timeout));
        Assert.Equal(3, deltas);
        Assert.Equal(1, services.GetRequiredService<OnnxChatClient>().AvailableSlots);

        // The model is free for the next question.
        var next = await AnswerStreams.AnswerAsync(answers, new AnswerRequest("List the steps.", "return-policy"));
        Assert.Equal(models.LongAnswer, next.Answer);
    }
}

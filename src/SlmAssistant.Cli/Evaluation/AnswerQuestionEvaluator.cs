using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Cli.Evaluation;

/// <summary>Answers every in-scope question and checks the answer states the expected fact.</summary>
public static class AnswerQuestionEvaluator
{
    public static async Task<AnswerQuestionReport> EvaluateAsync(
        IAnswerService answers, IReadOnlyList<EvalQuestion> questions, CancellationToken cancellationToken)
    {
        var inScope = questions.Where(q => q.Category == EvalQuestion.InScope && q.Question is not null && q.Expected is not null).ToList();
        int correct = 0, notFound = 0;
        var misses = new List<string>();
        foreach (var question in inScope)
        {
            var result = await answers.AnswerAsync(new AnswerRequest(question.Question!), cancellationToken);
            if (!result.Found)
            {
                notFound++;
            }

            if (TextMatch.Contains(result.Answer, question.Expected!))
            {
                correct++;
            }
            else
            {
                misses.Add($"{question.Id}: expected \"{question.Expected}\"");
            }
        }

        var n = Math.Max(1, inScope.Count);
        return new AnswerQuestionReport(inScope.Count, Math.Round(correct / (double)n, 4), Math.Round(notFound / (double)n, 4), misses);
    }
}

using SlmAssistant.Routing.Tests.Support;
using SlmAssistant.TestKit;
using SlmAssistant.Tools.Evaluation.Routing;

namespace SlmAssistant.Routing.Tests.Routing;

/// <summary>
/// The repository's own question sets (tests/eval), routed from exemplar similarity alone: this branch has no
/// retrieval, so in-scope and out-of-scope figures are reported rather than held to the targets here.
/// </summary>
public class RepositoryQuestionRoutingTests(RepositoryRouter repository) : IClassFixture<RepositoryRouter>
{
    [Fact]
    public async Task EveryEmergencyQuestionGoesToSafety()
    {
        var questions = RoutingQuestionFile.LoadDirectory(RepositoryPaths.EvalQuestions);

        var report = await new RoutingEvaluator(repository.Host.Router).EvaluateAsync(questions);

        Assert.Equal(1.0, report.EmergencySafetyRate);
        Assert.DoesNotContain(report.Misses, m => m.Expected == "safety" || m.Actual == "safety");
        Assert.Equal(questions.Count, report.Questions);
        Assert.True(report.LatencyP95Ms > 0);
    }

    [Fact]
    public async Task EveryValidationEmergencyGoesToSafetyAndNothingElseDoes()
    {
        var questions = RoutingQuestionFile.LoadDirectory(Path.Combine(RepositoryPaths.EvalQuestions, "validation"));

        var report = await new RoutingEvaluator(repository.Host.Router).EvaluateAsync(questions);

        Assert.Equal(20, questions.Count(q => q.Category == "emergency"));
        Assert.Equal(1.0, report.EmergencySafetyRate);
        Assert.DoesNotContain(report.Misses, m => m.Expected == "safety" || m.Actual == "safety");
    }

    [Fact]
    public async Task EveryHandoffRequestIsAHandoff()
    {
        var questions = RoutingQuestionFile.LoadDirectory(RepositoryPaths.EvalQuestions).Where(q => q.Category == "handoff").ToList();

        var report = await new RoutingEvaluator(repository.Host.Router).EvaluateAsync(questions);

        Assert.NotEmpty(questions);
        Assert.Equal(1.0, report.Accuracy);
    }
}

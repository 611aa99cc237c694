namespace SlmAssistant.Admin.Features.Analytics;

public sealed record QuestionCount(string Question, int Count);

namespace SlmAssistant.Admin.Features.Analytics;

/// <param name="Day">UTC day.</param>
/// <param name="Local">Answered on this machine (route local or smalltalk).</param>
/// <param name="Escalated">Sent to the cloud model or handed to a person.</param>
public sealed record DailyQuestions(DateOnly Day, int Total, int Local, int Escalated);

namespace SlmAssistant.Admin.Features.Analytics;

/// <param name="Day">UTC day.</param>
/// <param name="Local">Never left this machine: every route but cloud (the ledger's one rule, LedgerStats.OnMachine).</param>
/// <param name="Escalated">Sent to the cloud model.</param>
public sealed record DailyQuestions(DateOnly Day, int Total, int Local, int Escalated);

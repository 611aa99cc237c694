namespace SlmAssistant.Cli.Bench;

/// <summary>One mode at one concurrency of `slm bench generate`.</summary>
/// <param name="Mode"><c>sequential</c> (the product's local chat client as configured) or <c>bare</c> (a plain generator loop).</param>
public sealed record GenerateRun(
    string Mode,
    int Concurrency,
    int Requests,
    long OutputTokens,
    double AggregateTokensPerSecond,
    double TtftP50Ms,
    double TtftP95Ms,
    double RssMb);

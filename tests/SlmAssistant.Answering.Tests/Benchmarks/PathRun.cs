namespace SlmAssistant.Answering.Tests.Benchmarks;

/// <summary>One timed generation: to the first text, to the last, and the tokens on each side.</summary>
internal sealed record PathRun(TimeSpan FirstToken, TimeSpan Total, int InputTokens, int OutputTokens, TimeSpan Render = default);

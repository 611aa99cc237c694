namespace SlmAssistant.Admin.Features.Playground;

/// <summary>Wall-clock milliseconds of each stage, measured around the calls.</summary>
public sealed record PlaygroundTimings(double SearchMs, double AnswerMs, double TotalMs);

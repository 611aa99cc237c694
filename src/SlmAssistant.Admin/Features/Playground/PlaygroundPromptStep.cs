namespace SlmAssistant.Admin.Features.Playground;

/// <summary>One kernel function run while answering (from the answer trace): its rendered prompt and timings in ms.</summary>
public sealed record PlaygroundPromptStep(string Function, string? RenderedPrompt, double? RenderMs, double? FirstTokenMs, double? DurationMs);

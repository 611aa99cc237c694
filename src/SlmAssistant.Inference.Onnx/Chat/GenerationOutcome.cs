using Microsoft.Extensions.AI;

namespace SlmAssistant.Inference.Onnx.Chat;

/// <summary>How a generation ended, for the final streaming update.</summary>
internal sealed record GenerationOutcome(int InputTokens, int OutputTokens, ChatFinishReason FinishReason);

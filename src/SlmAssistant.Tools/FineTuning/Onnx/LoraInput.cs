namespace SlmAssistant.Tools.FineTuning.Onnx;

/// <summary>A graph input that takes one LoRA matrix: the module it adapts, which side (A or B), and its rank dim.</summary>
/// <param name="Module">The PEFT target module name (<c>q_proj</c>, <c>qkv_proj</c> …; <c>lora</c> for the tiny model's logit path).</param>
/// <param name="Side"><c>A</c> (shape [in, r]) or <c>B</c> (shape [r, out]), the ONNX Runtime convention.</param>
/// <param name="Rank">The rank dimension: fixed, or a symbol that any rank fills.</param>
public sealed record LoraInput(OnnxGraphInput Input, string Module, char Side, OnnxDimension Rank);

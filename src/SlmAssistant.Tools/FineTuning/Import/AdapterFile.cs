namespace SlmAssistant.Tools.FineTuning.Import;

/// <summary>What an <c>.onnx_adapter</c> holds, without its weights.</summary>
public sealed record AdapterFile(int FormatVersion, int AdapterVersion, int ModelVersion, IReadOnlyList<AdapterTensor> Parameters);

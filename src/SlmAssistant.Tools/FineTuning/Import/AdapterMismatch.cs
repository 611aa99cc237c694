namespace SlmAssistant.Tools.FineTuning.Import;

/// <summary>Why an adapter cannot load into a model: the first tensor that does not fit (empty when none is to blame), and how.</summary>
public sealed record AdapterMismatch(string Tensor, string Reason)
{
    public override string ToString() => Tensor.Length == 0 ? Reason : $"tensor '{Tensor}' {Reason}";
}

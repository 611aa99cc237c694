using SlmAssistant.Routing.Scope;

namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>The six parts of CLINC150's data_full.json (Larson et al., 2019).</summary>
public sealed record Clinc150Data(
    IReadOnlyList<LabeledText> Train,
    IReadOnlyList<LabeledText> Validation,
    IReadOnlyList<LabeledText> Test,
    IReadOnlyList<LabeledText> OosTrain,
    IReadOnlyList<LabeledText> OosValidation,
    IReadOnlyList<LabeledText> OosTest)
{
    public const string OosLabel = "oos";
}

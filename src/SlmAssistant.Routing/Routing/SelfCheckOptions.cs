using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Routing.Routing;

/// <summary>
/// The local model's yes/no self-check of a route (<see cref="SelfCheckingRouter"/>), section <c>Routing:SelfCheck</c>.
/// Off by default: it costs one short generation per turn and its accuracy depends on the model, so turn it on after
/// measuring it with <c>slm eval questions</c> on the model you deploy. Ignored without a local model.
/// </summary>
public sealed class SelfCheckOptions
{
    public const string SectionName = "Routing:SelfCheck";

    public bool Enabled { get; set; }

    /// <summary>Passages below this cosine are not shown to the model; with none left, no check runs.</summary>
    [Range(0.0, 1.0)]
    public double MinEvidence { get; set; } = 0.5;

    [Range(1, 10)]
    public int MaxPassages { get; set; } = 3;
}

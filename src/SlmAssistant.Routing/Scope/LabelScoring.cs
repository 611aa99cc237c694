namespace SlmAssistant.Routing.Scope;

/// <summary>How an input's similarity to a label is computed from the label's exemplars.</summary>
public enum LabelScoring
{
    /// <summary>Mean cosine of the k most similar exemplars of the label (k = <see cref="ScopeClassifierSettings.Neighbours"/>).</summary>
    NearestNeighbours,

    /// <summary>Cosine to the normalised mean of the label's exemplars.</summary>
    Centroid,
}

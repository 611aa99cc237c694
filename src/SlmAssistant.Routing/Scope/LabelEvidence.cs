namespace SlmAssistant.Routing.Scope;

/// <summary>What a <see cref="ScopeClassifier"/> saw for one input, label by label, in its label order.</summary>
/// <param name="Similarities">Top-k mean (or centroid) cosine of every label.</param>
/// <param name="Logits">The softmax head's untempered logits; null without a head.</param>
/// <param name="NearestSimilarity">Cosine of the single most similar exemplar of any label.</param>
/// <param name="Temperature">The head's softmax temperature (1 without a head).</param>
/// <param name="Distances">Squared Mahalanobis distance to every label's Gaussian; null without them.</param>
/// <param name="BackgroundDistance">Squared Mahalanobis distance to the Gaussian of all exemplars (0 without them).</param>
public sealed record LabelEvidence(float[] Similarities, float[]? Logits, float NearestSimilarity, float Temperature, float[]? Distances = null, float BackgroundDistance = 0);

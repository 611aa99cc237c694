using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Routing.Routing;

/// <summary>
/// Thresholds and files of the <see cref="ScopeRouter"/>. Similarities are the mean cosine of the
/// <see cref="Neighbours"/> most similar exemplars of a label, exemplars and inputs both embedded as queries.
/// Defaults were calibrated on the exemplar files (leave-one-out) and on CLINC150's train and validation splits
/// as out-of-domain traffic; never on tests/eval (see docs/scope-routing.md).
/// </summary>
public sealed class ScopeRoutingOptions
{
    public const string SectionName = "Routing";

    /// <summary>Every <c>*.txt</c> is a label named after the file: one example per line, lines starting with <c>#</c> are comments.</summary>
    [Required]
    public string ExemplarsDirectory { get; set; } = "plugins/Scope/exemplars";

    /// <summary>Label files with a special meaning; every other file is an answerable domain.</summary>
    [Required]
    public string EmergencyLabel { get; set; } = "emergency";

    [Required]
    public string HandoffLabel { get; set; } = "handoff";

    [Required]
    public string SmalltalkLabel { get; set; } = "smalltalk";

    /// <summary>
    /// Negative exemplars: general questions none of the domains answers. Optional; when present a domain must be at
    /// least <see cref="OutOfScopeMargin"/> more similar than these for a turn to be answered locally.
    /// </summary>
    [Required]
    public string OutOfScopeLabel { get; set; } = "out-of-scope";

    /// <summary>How much more similar the closest domain must be than the out-of-scope exemplars (may be negative).</summary>
    [Range(-1.0, 1.0)]
    public double OutOfScopeMargin { get; set; } = -0.04;

    [Range(1, 20)]
    public int Neighbours { get; set; } = 3;

    /// <summary>Similarity to the emergency exemplars (when they are the closest label) at which a turn goes to safety; the phrase screen catches the rest.</summary>
    [Range(0.0, 1.0)]
    public double EmergencyThreshold { get; set; } = 0.67;

    /// <summary>Similarity to the handoff exemplars (when they are the closest label) at which a turn is a handoff.</summary>
    [Range(0.0, 1.0)]
    public double HandoffThreshold { get; set; } = 0.73;

    /// <summary>Similarity to the smalltalk exemplars (when they are the closest label) for a short turn to be small talk.</summary>
    [Range(0.0, 1.0)]
    public double SmalltalkThreshold { get; set; } = 0.71;

    /// <summary>Longest turn, in words, that may be small talk.</summary>
    [Range(1, 100)]
    public int SmalltalkMaxWords { get; set; } = 8;

    /// <summary>Similarity to a domain's exemplars at which a turn is answered locally, when retrieval evidence is given.</summary>
    [Range(0.0, 1.0)]
    public double DomainThreshold { get; set; } = 0.66;

    /// <summary>
    /// The same when the caller passes no retrieval hits: exemplars are then the only in-scope signal, so the bar is
    /// lower (calibrated separately, without evidence).
    /// </summary>
    [Range(0.0, 1.0)]
    public double DomainThresholdWithoutEvidence { get; set; } = 0.57;

    /// <summary>
    /// Cosine of the best retrieved chunk (<c>SearchHit.VectorScore</c>) at which a turn is answered locally even
    /// when no domain exemplar is close. Query-vs-passage cosine, a different scale from the similarities above.
    /// Calibrated on the real store: half of each domain's exemplars indexed, the other half held out as positives
    /// (all stay local at 0.60), CLINC150 validation as negatives (5% local at 0.60, against 10% at 0.58).
    /// </summary>
    [Range(0.0, 1.0)]
    public double EvidenceThreshold { get; set; } = 0.59;

    /// <summary>
    /// Route a turn to the cloud when it names something the knowledge never mentions ("Amazon's return policy",
    /// "records from St. Mary's"): our documents speak for one organisation, so a question about another is out of
    /// scope however close its wording. See <see cref="NameCandidates"/> for what counts as a name.
    /// </summary>
    public bool CheckNames { get; set; } = true;

    /// <summary>Places (one per line) that are never taken for another organisation; a missing file means none.</summary>
    public string? PlacesFile { get; set; } = "plugins/Scope/places.txt";

    /// <summary>
    /// Well-known other organisations (one per line), recognised in lower case and at a sentence's start too; a
    /// missing file means none. See <see cref="OrganisationNames"/>.
    /// </summary>
    public string? OrganisationsFile { get; set; } = "plugins/Scope/organisations.txt";

    /// <summary>Embed exemplars and turns as queries (arctic-embed's query prefix), the same way on both sides.</summary>
    public bool EmbedAsQueries { get; set; } = true;

    /// <summary>Folder for the exemplar embedding cache (keyed by a hash of the texts and the model); null: memory only.</summary>
    public string? EmbeddingCacheDirectory { get; set; }
}

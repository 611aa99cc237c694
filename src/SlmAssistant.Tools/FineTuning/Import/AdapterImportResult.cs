namespace SlmAssistant.Tools.FineTuning.Import;

/// <summary>What an import registered; all or nothing, so <see cref="Registered"/> is empty whenever <see cref="Refused"/> is not.</summary>
public sealed record AdapterImportResult(IReadOnlyList<AdapterCandidate> Registered, IReadOnlyList<AdapterRefusal> Refused)
{
    public bool Succeeded => Refused.Count == 0 && Registered.Count > 0;
}

namespace SlmAssistant.Ingestion.Consistency;

/// <summary>One inconsistency <see cref="StoreConsistencyChecker"/> found: which check saw it, and what it saw.</summary>
public sealed record StoreProblem(string Check, string Detail)
{
    public override string ToString() => $"{Check}: {Detail}";
}

namespace SlmAssistant.Routing.Scope;

/// <summary>An input is out of scope when its best score, or its lead over the runner-up, is too low.</summary>
public sealed record RejectionRule(double MinScore, double MinMargin = 0)
{
    /// <summary>Rejects nothing.</summary>
    public static RejectionRule None { get; } = new(double.NegativeInfinity, double.NegativeInfinity);

    public bool Rejects(double score, double margin) => score < MinScore || margin < MinMargin;
}

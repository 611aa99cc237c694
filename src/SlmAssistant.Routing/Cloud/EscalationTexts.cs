namespace SlmAssistant.Routing.Cloud;

/// <summary>Fixed replies for when a question is out of scope and the cloud is off or failed.</summary>
public static class EscalationTexts
{
    public const string OutOfScope = "That's outside what I can help with here.";

    public const string Handoff = "If you'd like, I can connect you with a member of our team who can help further.";

    /// <summary><see cref="OutOfScope"/> followed by <see cref="Handoff"/>.</summary>
    public const string OutOfScopeWithHandoff = OutOfScope + " " + Handoff;
}

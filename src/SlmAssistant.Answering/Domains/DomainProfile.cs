namespace SlmAssistant.Answering.Domains;

/// <summary>What the assistant needs to know about one knowledge domain, kept as data in plugins/Domains/&lt;name&gt;.json.</summary>
/// <param name="Name">The domain id used as a document tag (the folder name under knowledge/).</param>
/// <param name="Organization">Who the assistant speaks for in this domain (the company or clinic).</param>
/// <param name="Disclaimer">Appended to every answer in this domain (medical, legal); null for none.</param>
/// <param name="Handoff">How a person can reach a human for this domain.</param>
public sealed record DomainProfile(
    string Name,
    string DisplayName,
    string Organization,
    string? Disclaimer,
    string Handoff,
    IReadOnlyList<string> StarterQuestions)
{
    public static DomainProfile Fallback(string name) => new(
        name,
        name,
        Organization: "our organization",
        Disclaimer: null,
        Handoff: "Would you like me to connect you with a member of our team?",
        StarterQuestions: []);
}

namespace SlmAssistant.Abstractions.Domains;

/// <summary>What the assistant needs to know about one knowledge domain, kept as data in plugins/Domains/&lt;name&gt;.json.</summary>
/// <param name="Name">The domain id used as a document tag (the folder name under knowledge/).</param>
/// <param name="Organization">Who the assistant speaks for in this domain (the company or clinic).</param>
/// <param name="Disclaimer">Appended to every answer in this domain (medical, legal); null for none.</param>
/// <param name="Handoff">The offer of a person, asked as a question the customer answers yes or no.</param>
/// <param name="StarterQuestions">Short questions the knowledge answers, offered as buttons (at most three are shown).</param>
/// <param name="Contact">How to reach a person directly (phone, e-mail, hours); null for none.</param>
/// <param name="Url">The public page where customers read these documents; a citation without a link of its own points here.</param>
public sealed record DomainProfile(
    string Name,
    string DisplayName,
    string Organization,
    string? Disclaimer,
    string Handoff,
    IReadOnlyList<string> StarterQuestions,
    string? Contact = null,
    string? Url = null)
{
    public const string GenericHandoff = "Would you like me to connect you with a member of our team?";

    public static DomainProfile Fallback(string name) => new(
        name,
        name,
        Organization: "our organization",
        Disclaimer: null,
        Handoff: GenericHandoff,
        StarterQuestions: []);

    /// <summary>The offer followed by the direct contact, as the customer reads it.</summary>
    public string HandoffText => Contact is null ? Handoff : $"{Handoff} {Contact}";
}

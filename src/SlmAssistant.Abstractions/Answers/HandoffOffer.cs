using SlmAssistant.Abstractions.Domains;

namespace SlmAssistant.Abstractions.Answers;

/// <summary>
/// An answer's offer of a person: the customer answers yes or no. Channels render it as buttons; the answer text
/// already says it, so nothing is sent twice.
/// </summary>
/// <param name="Domain">Whose team takes over.</param>
/// <param name="Contact">How to reach that team directly, when the profile says.</param>
public sealed record HandoffOffer(string? Domain, string Offer, string? Contact)
{
    /// <summary>The profile's offer of a person, made when the knowledge has no answer or the question is out of scope.</summary>
    public static HandoffOffer For(DomainProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new HandoffOffer(profile.Name, profile.Handoff, profile.Contact);
    }
}

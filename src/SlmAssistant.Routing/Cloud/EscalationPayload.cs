namespace SlmAssistant.Routing.Cloud;

/// <summary>What was sent to the cloud: the redacted messages, and which kinds of personal data were taken out. Never the original values.</summary>
/// <param name="RedactedTypes">Distinct entity types replaced by placeholders (email, phone, card, ssn, iban, name), sorted.</param>
public sealed record EscalationPayload(IReadOnlyList<EscalationMessage> Messages, IReadOnlyList<string> RedactedTypes);

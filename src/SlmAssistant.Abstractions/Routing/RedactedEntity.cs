namespace SlmAssistant.Abstractions.Routing;

/// <param name="Type">email, phone, card, ssn, iban, name.</param>
public sealed record RedactedEntity(string Type, string Placeholder, int Start, int Length);

namespace SlmAssistant.Routing.Tests.Redaction;

public sealed record PersonalDataValue(string Type, string Value);

namespace SlmAssistant.Bot.DirectLine;

/// <param name="Claims">The token's claims when it is ours (valid or expired); null when invalid.</param>
public sealed record DirectLineTokenRead(DirectLineTokenStatus Status, DirectLineTokenClaims? Claims);

namespace SlmAssistant.Bot.Conversations;

/// <summary>How a text is redacted for storage.</summary>
public enum RedactedText
{
    /// <summary>What the customer wrote: every personal value found is replaced, and remembered for the conversation.</summary>
    FromCustomer,

    /// <summary>
    /// What the bot wrote: only the values the customer gave in this conversation are replaced. The bot's own text
    /// (a help-line number, an e-mail address from the knowledge) is the business's, and stays readable.
    /// </summary>
    FromBot,
}

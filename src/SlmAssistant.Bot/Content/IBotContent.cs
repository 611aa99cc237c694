namespace SlmAssistant.Bot.Content;

/// <summary>The texts the bot shows besides answers: domains with their starter questions and handoff paths.</summary>
public interface IBotContent
{
    IReadOnlyList<BotDomain> Domains { get; }

    /// <summary>The domain named <paramref name="name"/>, or null when there is none.</summary>
    BotDomain? Find(string? name);
}

using Microsoft.Extensions.Options;
using SlmAssistant.Bot.Content;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Turns;

/// <summary>The greeting when someone joins: what the bot covers and a few questions to start with.</summary>
public sealed class WelcomeBuilder(IBotContent content, IOptions<BotOptions> options)
{
    public const int MaxStarterQuestions = 9;

    public Activity Build(BotTurn turn)
    {
        var domain = content.Find(turn.Conversation.Domain ?? options.Value.DefaultDomain);
        var domains = domain is null ? content.Domains : [domain];
        var text = options.Value.WelcomeText;
        if (domains.Count > 0)
        {
            text += domains.Count == 1
                ? $"\n\nI can help with {Describe(domains[0])}."
                : "\n\nI can help with:\n" + string.Join('\n', domains.Select(d => $"- {Describe(d)}"));
        }

        var reply = turn.CreateReply(ActivityTypes.Message, text);
        reply.TextFormat = "markdown";
        var starters = Interleave(domains).Take(MaxStarterQuestions).ToList();
        if (starters.Count > 0)
        {
            reply.SuggestedActions = new SuggestedActions(starters.Select(CardAction.ImBack).ToList());
        }

        return reply;
    }

    private static string Describe(BotDomain domain) =>
        domain.Organization is null ? domain.DisplayName : $"{domain.DisplayName} ({domain.Organization})";

    // One question from each domain in turn, so a short list still shows every domain.
    private static IEnumerable<string> Interleave(IReadOnlyList<BotDomain> domains)
    {
        var longest = domains.Count == 0 ? 0 : domains.Max(d => d.StarterQuestions.Count);
        for (var i = 0; i < longest; i++)
        {
            foreach (var domain in domains.Where(d => i < d.StarterQuestions.Count))
            {
                yield return domain.StarterQuestions[i];
            }
        }
    }
}

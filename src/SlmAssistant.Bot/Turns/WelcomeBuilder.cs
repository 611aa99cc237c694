using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Domains;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Turns;

/// <summary>
/// The greeting when someone joins: what the bot covers and at most three questions to start with (the conversation's
/// domain's, or one from each domain). Paragraphs and the list are separated by blank lines, the Markdown that Web
/// Chat and Teams both render as written.
/// </summary>
public sealed class WelcomeBuilder(IDomainCatalog domains, IOptions<BotOptions> options)
{
    public const int MaxStarterQuestions = 3;

    public Activity Build(BotTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var domain = domains.Find(turn.Conversation.Domain ?? options.Value.DefaultDomain);
        IReadOnlyList<DomainProfile> covered = domain is null ? [.. domains.All.OrderBy(d => d.Name, StringComparer.Ordinal)] : [domain];
        var text = options.Value.WelcomeText;
        if (covered.Count == 1)
        {
            text += $"\n\nI can help with {Describe(covered[0])}.";
        }
        else if (covered.Count > 1)
        {
            text += "\n\nI can help with:\n\n" + string.Join('\n', covered.Select(d => $"- {Describe(d)}"));
        }

        var reply = turn.CreateReply(ActivityTypes.Message, text);
        reply.TextFormat = "markdown";
        ReplyButtons.Add(reply, ReplyStyles.For(turn.Activity), [.. Interleave(covered).Take(MaxStarterQuestions)]);

        return reply;
    }

    private static string Describe(DomainProfile domain) => $"{domain.DisplayName} ({domain.Organization})";

    // One question from each domain in turn, so a short list still shows every domain.
    private static IEnumerable<string> Interleave(IReadOnlyList<DomainProfile> covered)
    {
        var longest = covered.Count == 0 ? 0 : covered.Max(d => d.StarterQuestions.Count);
        for (var i = 0; i < longest; i++)
        {
            foreach (var domain in covered.Where(d => i < d.StarterQuestions.Count))
            {
                yield return domain.StarterQuestions[i];
            }
        }
    }
}

using System.Globalization;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Turns;

/// <summary>
/// The schema.org Message entity Web Chat (4.16+) and Teams read from an answer: its citations as Claims that appear
/// in DigitalDocuments, and like/dislike actions that make Web Chat show feedback buttons. Web Chat looks for the
/// entity whose type starts with https://schema.org/ and whose @id is the empty string.
/// </summary>
public static class OrgSchemaMessage
{
    public const string EntityType = "https://schema.org/Message";
    public const string AnswerUrnPrefix = "urn:slmassistant:answer:";

    public static Entity Create(AnswerResult result, string answerId)
    {
        var fields = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@id"] = string.Empty,
            ["@type"] = "Message",
        };
        if (result.Mode is AnswerModes.Slm or AnswerModes.Cloud)
        {
            fields["keywords"] = new[] { "AIGeneratedContent" };
        }

        if (result.Citations.Count > 0)
        {
            fields["citation"] = result.Citations.Select((c, i) => Claim(c, i + 1)).ToList();
        }

        var answer = new Dictionary<string, object?> { ["@type"] = "Message", ["@id"] = AnswerUrnPrefix + answerId };
        fields["potentialAction"] = new[]
        {
            new Dictionary<string, object?> { ["@type"] = "LikeAction", ["actionStatus"] = "PotentialActionStatus", ["object"] = answer },
            new Dictionary<string, object?> { ["@type"] = "DislikeAction", ["actionStatus"] = "PotentialActionStatus", ["object"] = answer },
        };
        return Entity.Create(EntityType, fields);
    }

    private static Dictionary<string, object?> Claim(Citation citation, int position)
    {
        var description = CitationMarkdown.Describe(citation);
        var document = new Dictionary<string, object?>
        {
            ["@type"] = "DigitalDocument",
            ["name"] = citation.Title,
            ["abstract"] = description,
            ["text"] = $"**{description}**\n\nSource: {citation.Source}",
        };
        if (LinkTo(citation) is { } url)
        {
            document["url"] = url;
        }

        return new Dictionary<string, object?> { ["@type"] = "Claim", ["position"] = position, ["appearance"] = document };
    }

    // Only web sources can be opened by a reader; a file path stays a name shown in the citation's dialog.
    private static string? LinkTo(Citation citation)
    {
        if (!Uri.TryCreate(citation.Source, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        return citation.Page is { } page && uri.Fragment.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{uri.AbsoluteUri}#page={page}")
            : uri.AbsoluteUri;
    }
}

using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Turns;

/// <summary>
/// The schema.org Message entity Web Chat (4.16+) and Teams read from an answer: its citations as Claims that appear
/// in DigitalDocuments, the AI label, and like/dislike actions that make Web Chat show feedback buttons. Web Chat looks
/// for the entity whose type starts with https://schema.org/ and whose @id is the empty string.
/// </summary>
/// <remarks>
/// The two clients read a Claim differently. Web Chat opens a dialog with the document's Markdown <c>text</c> unless
/// the document has a <c>url</c>, which it then opens instead: so for Web Chat the link goes inside the dialog. Teams
/// shows <c>name</c> (at most 80 characters) linking to <c>url</c> and the <c>abstract</c> (at most 160) in its popup.
/// </remarks>
public static class OrgSchemaMessage
{
    public const string EntityType = "https://schema.org/Message";
    public const string AnswerUrnPrefix = "urn:slmassistant:answer:";
    public const string AiGenerated = "AIGeneratedContent";
    public const int MaxTeamsName = 80;
    public const int MaxTeamsAbstract = 160;

    /// <param name="fallbackUrl">The domain's public page, linked from citations whose document has no address of its own.</param>
    public static Entity Create(AnswerResult result, string answerId, ReplyStyle style, string? fallbackUrl)
    {
        ArgumentNullException.ThrowIfNull(result);
        var fields = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@id"] = string.Empty,
            ["@type"] = "Message",
        };
        if (result.Mode is AnswerMode.Slm or AnswerMode.Cloud)
        {
            // Web Chat reads the label from keywords, Teams from additionalType.
            fields["keywords"] = new[] { AiGenerated };
            fields["additionalType"] = new[] { AiGenerated };
        }

        if (result.Citations.Count > 0)
        {
            fields["citation"] = result.Citations.Select((c, i) => Claim(c, i + 1, style, PublicUrl(fallbackUrl))).ToList();
        }

        var answer = new Dictionary<string, object?> { ["@type"] = "Message", ["@id"] = AnswerUrnPrefix + answerId };
        fields["potentialAction"] = new[]
        {
            new Dictionary<string, object?> { ["@type"] = "LikeAction", ["actionStatus"] = "PotentialActionStatus", ["object"] = answer },
            new Dictionary<string, object?> { ["@type"] = "DislikeAction", ["actionStatus"] = "PotentialActionStatus", ["object"] = answer },
        };
        return Entity.Create(EntityType, fields);
    }

    private static Dictionary<string, object?> Claim(Citation citation, int position, ReplyStyle style, string? fallbackUrl)
    {
        // The document's own page (at the cited page of a PDF), else the domain's help pages.
        var own = PublicUrl(citation.Url);
        var url = own is null ? fallbackUrl : LinkTo(own, citation.Page);
        var description = CitationMarkdown.Describe(citation);
        var document = new Dictionary<string, object?> { ["@type"] = "DigitalDocument" };
        if (style == ReplyStyle.Teams)
        {
            document["name"] = Shorten(description, MaxTeamsName);
            document["abstract"] = Shorten(citation.Quotes.Count > 0 ? string.Join(' ', citation.Quotes) : citation.Passage ?? description, MaxTeamsAbstract);
            if (url is not null)
            {
                document["url"] = url;
            }
        }
        else
        {
            document["name"] = citation.Title;
            document["abstract"] = description;
            document["text"] = CitationMarkdown.Dialog(citation, url, ownPage: own is not null);
        }

        return new Dictionary<string, object?> { ["@type"] = "Claim", ["position"] = position, ["appearance"] = document };
    }

    // Only web addresses can be opened by a reader.
    private static string? PublicUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;

    private static string LinkTo(string url, int? page) =>
        page is { } number && !url.Contains('#', StringComparison.Ordinal) ? $"{url}#page={number}" : url;

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}

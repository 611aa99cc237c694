using SlmAssistant.Abstractions.Routing;

namespace SlmAssistant.Routing.Redaction;

/// <summary>
/// Several texts redacted as one conversation: the same value gets the same placeholder in every message, and two
/// different values never share one, although <see cref="IPiiRedactor.Redact"/> numbers each text from 1.
/// </summary>
internal sealed class ConversationRedaction
{
    private readonly Dictionary<string, string> _placeholders = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Value), string> _byValue = [];
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _types = new(StringComparer.Ordinal);

    /// <summary>Placeholder → original value, for every text redacted so far.</summary>
    public IReadOnlyDictionary<string, string> Placeholders => _placeholders;

    /// <summary>The kinds of personal data taken out so far, sorted.</summary>
    public IReadOnlyList<string> Types => [.. _types];

    public string Redact(IPiiRedactor redactor, string text)
    {
        var result = redactor.Redact(text);
        if (result.Entities.Count == 0)
        {
            return result.Text;
        }

        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in result.Entities)
        {
            _types.Add(entity.Type);
            if (renamed.ContainsKey(entity.Placeholder))
            {
                continue;
            }

            var value = result.Placeholders[entity.Placeholder];
            if (!_byValue.TryGetValue((entity.Type, value), out var shared))
            {
                shared = Allocate(entity, text);
                _byValue[(entity.Type, value)] = shared;
                _placeholders[shared] = value;
            }

            renamed[entity.Placeholder] = shared;
        }

        return SlmAssistant.Routing.Redaction.Placeholders.Replace(result.Text, p => renamed.GetValueOrDefault(p));
    }

    private string Allocate(RedactedEntity entity, string originalText)
    {
        if (!entity.Placeholder.StartsWith('[') || !entity.Placeholder.EndsWith(']'))
        {
            return entity.Placeholder; // Not our format: cannot renumber, keep the redactor's own token.
        }

        var number = _counters.GetValueOrDefault(entity.Type);
        string placeholder;
        do
        {
            placeholder = SlmAssistant.Routing.Redaction.Placeholders.Format(entity.Type, ++number);
        }
        while (_placeholders.ContainsKey(placeholder) || originalText.Contains(placeholder, StringComparison.OrdinalIgnoreCase));

        _counters[entity.Type] = number;
        return placeholder;
    }
}

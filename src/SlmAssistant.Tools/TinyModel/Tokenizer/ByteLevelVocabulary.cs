using System.Text;

namespace SlmAssistant.Tools.TinyModel.Tokenizer;

/// <summary>
/// A GPT-2 style byte-level BPE vocabulary: the 256 byte tokens first (id = byte value), then merged tokens, then
/// special tokens. Merges are added as chains so that every merged token and both of its parts are in the vocabulary.
/// </summary>
internal sealed class ByteLevelVocabulary
{
    private static readonly char[] ByteToChar = BuildByteToChar();

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _tokens = [];
    private readonly List<string> _merges = [];
    private readonly HashSet<string> _mergeSet = new(StringComparer.Ordinal);
    private readonly List<string> _specials = [];

    public ByteLevelVocabulary()
    {
        foreach (var c in ByteToChar)
        {
            AddToken(c.ToString());
        }
    }

    public int Count => _tokens.Count;

    public IReadOnlyList<string> Tokens => _tokens;

    public IReadOnlyList<string> Merges => _merges;

    public IReadOnlyList<string> SpecialTokens => _specials;

    public int this[string token] => _ids[token];

    /// <summary>The id of a special token, or of the merged token that spells <paramref name="text"/>.</summary>
    public int IdOf(string text) => _ids.TryGetValue(text, out var special) && _specials.Contains(text) ? special : _ids[ToByteLevel(text)];

    /// <summary>Maps text to the GPT-2 byte-level alphabet (UTF-8 bytes, each shown as one printable char).</summary>
    public static string ToByteLevel(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = ByteToChar[bytes[i]];
        }

        return new string(chars);
    }

    /// <summary>Adds the token for <paramref name="text"/> with the merge chain that builds it left to right.</summary>
    public int AddWord(string text)
    {
        var chars = ToByteLevel(text);
        var current = chars[..1];
        for (var i = 1; i < chars.Length; i++)
        {
            var next = chars[i].ToString();
            var merged = current + next;
            var pair = $"{current} {next}";
            if (_mergeSet.Add(pair))
            {
                _merges.Add(pair);
            }

            AddToken(merged);
            current = merged;
        }

        return _ids[current];
    }

    public int AddSpecial(string token)
    {
        var id = AddToken(token);
        _specials.Add(token);
        return id;
    }

    private int AddToken(string token)
    {
        if (_ids.TryGetValue(token, out var id))
        {
            return id;
        }

        _ids[token] = _tokens.Count;
        _tokens.Add(token);
        return _tokens.Count - 1;
    }

    private static char[] BuildByteToChar()
    {
        // GPT-2's bytes_to_unicode: printable Latin-1 bytes map to themselves, the rest to 256 + n.
        var map = new char[256];
        var next = 256;
        for (var b = 0; b < 256; b++)
        {
            var printable = b is >= '!' and <= '~' or >= 0xA1 and <= 0xAC or >= 0xAE and <= 0xFF;
            map[b] = (char)(printable ? b : next++);
        }

        return map;
    }
}

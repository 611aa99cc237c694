using System.Text.RegularExpressions;
using SlmAssistant.Answering.Extractive;

namespace SlmAssistant.Answering.Understanding;

/// <summary>
/// Reads what a question asks from its wording: the slot ("how long" → a duration, "how much" → an amount, "what number
/// do I call" → a contact), yes/no questions by their opening verb, and the focus words left once the question's
/// own wording (question words, slot words, politeness) is set aside.
/// </summary>
public static partial class QuestionAnalyzer
{
    // Words that say what is asked, not about what: they never count as the subject.
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "long", "soon", "quickly", "fast", "much", "cost", "price", "fee", "charge", "pay", "paid", "number", "phone", "call",
        "email", "contact", "reach", "address", "time", "day", "date", "hour", "deadline", "allow", "allowed", "able",
        "possible", "way", "happen", "happens", "okay", "ok", "still", "really", "actually", "exactly", "whats", "anything",
        "something", "someone", "thing", "tell", "explain", "info", "information", "question", "like", "said", "say",
    };

    private static readonly string[] YesNoOpeners =
    [
        "can", "could", "do", "does", "did", "is", "are", "was", "were", "will", "would", "should", "may", "might", "am",
        "have", "has", "must", "shall", "isnt", "arent", "dont", "doesnt", "wont", "cant",
    ];

    private static readonly string[] Fillers = ["hi", "hello", "hey", "so", "ok", "okay", "and", "also", "um", "quick", "question", "please"];

    public static QuestionIntent Analyze(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Trim();
        var lower = text.ToLowerInvariant();
        var slot = SlotOf(lower);
        var focus = QueryTerms.Of(text).Where(term => !QuestionWords.Contains(term)).ToList();
        return new QuestionIntent(slot, IsYesNo(lower), focus, Names(text)) { Form = FormOf(slot, lower) };
    }

    // The most specific wording decides: "what time does it cut off" asks for a time although it names the window,
    // "does it cost anything to call" for an amount although it names a call.
    private static AnswerSlot SlotOf(string lower)
    {
        // "how long does my password have to be" asks for a length, not a time.
        if (MeasureToBe().IsMatch(lower))
        {
            return AnswerSlot.Quantity;
        }

        if (HowLong().IsMatch(lower))
        {
            return AnswerSlot.Duration;
        }

        if (Amount().IsMatch(lower))
        {
            return AnswerSlot.Amount;
        }

        if (WhatTime().IsMatch(lower))
        {
            return AnswerSlot.Time;
        }

        if (Contact().IsMatch(lower))
        {
            return AnswerSlot.Contact;
        }

        if (Duration().IsMatch(lower))
        {
            return AnswerSlot.Duration;
        }

        if (Time().IsMatch(lower))
        {
            return AnswerSlot.Time;
        }

        if (Quantity().IsMatch(lower))
        {
            return AnswerSlot.Quantity;
        }

        if (Place().IsMatch(lower))
        {
            return AnswerSlot.Place;
        }

        return Procedure().IsMatch(lower) ? AnswerSlot.Procedure : AnswerSlot.None;
    }

    // Only a question that names one means of contact, or asks for hours, narrows what counts as its fact.
    private static SlotForm FormOf(AnswerSlot slot, string lower)
    {
        if (slot == AnswerSlot.Contact)
        {
            var phone = PhoneWords().IsMatch(lower);
            var email = EmailWords().IsMatch(lower);
            var post = PostWords().IsMatch(lower);
            return (phone, email, post) switch
            {
                (true, false, false) => SlotForm.Phone,
                (false, true, false) => SlotForm.Email,
                (false, false, true) => SlotForm.PostalAddress,
                _ => SlotForm.Any,
            };
        }

        return slot == AnswerSlot.Time && ClockWords().IsMatch(lower) ? SlotForm.ClockTime : SlotForm.Any;
    }

    private static bool IsYesNo(string lower)
    {
        var words = Word().Matches(lower).Select(m => m.Value.Replace("'", string.Empty, StringComparison.Ordinal)).SkipWhile(w => Fillers.Contains(w)).ToList();
        return words.Count > 0 && YesNoOpeners.Contains(words[0]);
    }

    // Capitalised words not at a sentence start: "my Osprey pack", "the Pine Club".
    private static List<string> Names(string text)
    {
        var names = new List<string>();
        var words = Word().Matches(text).ToList();
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i].Value;
            var sentenceStart = text[..words[i].Index].TrimEnd().EndsWith('.') || text[..words[i].Index].TrimEnd().EndsWith('?');
            if (word.Length > 1 && char.IsUpper(word[0]) && !sentenceStart && word != "I")
            {
                names.Add(word.ToLowerInvariant());
            }
        }

        return names;
    }

    [GeneratedRegex(@"\bhow\s+(long|big|large|short)\b.*\b(have|has|need|needs)\s+to\s+be\b|\bhow\s+(long|big|large|short)\s+(can|must|should|may)\b.*\bbe\b")]
    private static partial Regex MeasureToBe();

    [GeneratedRegex(@"\bhow\s+many\b|\bhow\s+(big|large|heavy|tall|wide)\b|\b(maximum|minimum|max|min|limit|limits|cap|capped)\b")]
    private static partial Regex Quantity();

    [GeneratedRegex(@"\bhow\s+(long|soon|quickly|fast|late|early|far\s+in\s+advance)\b|\bhow\s+many\s+(business\s+|calendar\s+)?(days|weeks|months|years|hours|minutes)\b|\bwithin\s+how\b|\bhow\s+much\s+time\b|\bhow\s+far\s+back\b")]
    private static partial Regex HowLong();

    [GeneratedRegex(@"\b(deadline|time\s+limit|time\s+frame|timeframe|window)\b|\bby\s+when\b|\bwhat'?s\s+the\s+(cutoff|cut-off)\b")]
    private static partial Regex Duration();

    [GeneratedRegex(@"\bwhat\s+(time|day|date)\b|\bwhich\s+(day|days|date)\b|\b(last|final)\s+day\b|\bby\s+what\s+date\b|\b(open|opened|closed)\s+(on|at|during)\b")]
    private static partial Regex WhatTime();

    [GeneratedRegex(@"\b(phone|telephone|number\s+(to|do|should)\s+i|what\s+number|call|e-?mail|contact|reach|fax|mailing\s+address|address|who\s+(do|should|can)\s+i\s+(talk|speak|ask|call|contact|write))\b")]
    private static partial Regex Contact();

    [GeneratedRegex(@"\bhow\s+much\b|\b(cost|costs|price|prices|priced|fee|fees|charge|charged|charges|rate|percent|percentage|discount|deductible|copay|co-pay|refund\s+amount|pay\s+for)\b|\$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^\s*(and\s+)?when\b|\bwhat\s+hours\b|\b(open|opening|close|closing)\s+(hours|time|times)\b|(?<!after[\s-])\bhours\b")]
    private static partial Regex Time();

    [GeneratedRegex(@"^\s*(and\s+)?where\b|\bwhich\s+(store|location|clinic|office|branch|address)\b")]
    private static partial Regex Place();

    [GeneratedRegex(@"\bhow\s+(do|can|should|would|could)\s+(i|we|you|my)\b|\bhow\s+to\b|\bwhat\s+(is|are|'s)\s+the\s+(process|procedure|steps)\b|\bwhat\s+do\s+i\s+(need\s+to\s+)?do\b|\bsteps\b")]
    private static partial Regex Procedure();

    [GeneratedRegex(@"\b(phone|telephone|call|calling|ring|phone\s+number|number\s+(to|do|should|can)\s+i|what\s+number|toll-free|fax)\b")]
    private static partial Regex PhoneWords();

    [GeneratedRegex(@"\be-?mail(s|ed|ing)?\b")]
    private static partial Regex EmailWords();

    [GeneratedRegex(@"\b(mailing|postal|street)\s+address\b|\b(by|in\s+the|through\s+the)\s+(mail|post)\b|\bwhere\s+do\s+i\s+(send|mail)\b")]
    private static partial Regex PostWords();

    [GeneratedRegex(@"\bwhat\s+time\b|\bwhat\s+hours\b|(?<!after[\s-])\bhours\b(?!\s+(before|after|ahead|in\s+advance|of\s+notice))|\b(open|opens|opening|close|closes|closing)\b")]
    private static partial Regex ClockWords();

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Word();
}

using System.Text.RegularExpressions;

namespace SlmAssistant.Answering.Understanding;

/// <summary>Whether a sentence holds a fact of the kind a slot asks for: a duration, an amount, a time, a contact.</summary>
public static partial class SlotEvidence
{
    /// <summary>True when the sentence answers <paramref name="slot"/>; slots without a recognisable form are always met.</summary>
    public static bool Holds(AnswerSlot slot, string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return slot switch
        {
            AnswerSlot.Duration => Duration().IsMatch(sentence),
            AnswerSlot.Amount => Amount().IsMatch(sentence),
            AnswerSlot.Time => Time().IsMatch(sentence) || Duration().IsMatch(sentence),
            AnswerSlot.Contact => Contact().IsMatch(sentence),
            AnswerSlot.Quantity => Quantity().IsMatch(sentence),
            AnswerSlot.None or AnswerSlot.Place or AnswerSlot.Procedure => true,
            _ => true,
        };
    }

    /// <summary>True when the sentence answers the question's slot in the form the question names, if it names one.</summary>
    public static bool Holds(QuestionIntent intent, string sentence)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(sentence);
        return intent.Form switch
        {
            SlotForm.Phone => Phone().IsMatch(sentence),
            SlotForm.Email => Email().IsMatch(sentence),
            SlotForm.PostalAddress => PostalAddress().IsMatch(sentence),
            SlotForm.ClockTime => ClockTime().IsMatch(sentence),
            _ => Holds(intent.Slot, sentence),
        };
    }

    /// <summary>Whether the slot has a form that can be checked (a number, an address), so a sentence without it cannot answer.</summary>
    public static bool IsCheckable(AnswerSlot slot) => slot is AnswerSlot.Duration or AnswerSlot.Amount or AnswerSlot.Time or AnswerSlot.Contact or AnswerSlot.Quantity;

    [GeneratedRegex(@"\b\d+(\.\d+)?(\s*(-|to|or)\s*\d+)?[\s-]*(full\s+)?(business\s+|calendar\s+|working\s+|consecutive\s+)?(day|week|month|year|hour|minute)s?\b(?![\s-]+old\b)|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty|forty-five|sixty|ninety)[\s-]+(full\s+)?(business\s+|calendar\s+|working\s+)?(day|week|month|year|hour|minute)s?\b|\b(same|next)[\s-](business\s+)?day\b|\b(immediately|overnight|right\s+away|at\s+any\s+time|anytime|no\s+time\s+limit|for\s+life|lifetime)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"[$€£]\s?\d|\b\d+(\.\d+)?\s?(%|percent)|\b(USD|CAD|EUR|GBP)\s?\d|\b\d+(\.\d+)?\s?(USD|CAD|dollars)\b|\b(free|at\s+no\s+cost|not\s+charged|never\s+charged|waive[sd]?|nothing|full\s+refund|cost\s+you\s+nothing)\b|\bno\s+(\w+\s+)?(fee|charge|cost)s?\b|\bnever\s+(have|has|pay|charge[sd]?)\s+(a\s+|any\s+)?(\w+\s+)?(fee|charge)s?\b|\b(fee|charge)s?\s+(does|do)\s+not\s+apply\b", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\b\d{1,2}(:\d{2})?\s?(a\.?m\.?|p\.?m\.?)|\b(noon|midnight)\b|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekend)s?\b|\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}\b|\b\d{1,2}/\d{1,2}\b|\b(24/7|24 hours|around the clock|business days?)\b|\b(thanksgiving|christmas|new\s+year'?s|holidays?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [GeneratedRegex(@"\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b1-\d{3}-\d{3}-\d{4}\b|\+\d{1,3}[\s\d-]{7,}\d")]
    private static partial Regex Phone();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+")]
    private static partial Regex Email();

    [GeneratedRegex(@"\b\d{1,5}\s+\w+(\s+\w+)?\s+(street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|drive|dr\.?|lane|way|suite)\b|\bp\.?\s?o\.?\s+box\b")]
    private static partial Regex PostalAddress();

    [GeneratedRegex(@"\b\d{1,2}(:\d{2})?\s?(a\.?m\.?|p\.?m\.?)|\b(noon|midnight)\b|\b(24/7|24\s+hours\s+a\s+day|around\s+the\s+clock)\b|\b(closed|open)\s+(on|every|all)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred|thousand|unlimited|no\s+limit|any\s+number)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b1-\d{3}-\d{3}-\d{4}\b|[\w.+-]+@[\w-]+\.[\w.]+|\bwww\.|https?://|\b\d{1,5}\s+\w+(\s+\w+)?\s+(street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|drive|dr\.?|lane|way|suite)\b|\b(portal|chat|message|online\s+form|in\s+person|front\s+desk)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contact();
}

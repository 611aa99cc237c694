namespace SlmAssistant.Answering.Understanding;

/// <summary>
/// The form a slot's fact must take when the question names it: "what number do I call" wants a phone number, not the
/// e-mail address that sits next to it; "what hours is the lab open" wants clock times, not "48 hours before".
/// </summary>
public enum SlotForm
{
    /// <summary>Any fact of the slot's kind.</summary>
    Any,

    /// <summary>A contact by telephone.</summary>
    Phone,

    /// <summary>A contact by e-mail.</summary>
    Email,

    /// <summary>A contact by post.</summary>
    PostalAddress,

    /// <summary>A time of day or opening hours.</summary>
    ClockTime,
}

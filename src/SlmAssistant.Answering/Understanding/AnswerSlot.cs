namespace SlmAssistant.Answering.Understanding;

/// <summary>What kind of fact a question asks for; the answer's lead sentence must hold one.</summary>
public enum AnswerSlot
{
    /// <summary>Nothing in particular: an explanation.</summary>
    None,

    /// <summary>How long, how soon, a deadline: "30 days", "within 2 business days".</summary>
    Duration,

    /// <summary>How much: a price, fee, percentage, "free".</summary>
    Amount,

    /// <summary>When, at what time or on which day.</summary>
    Time,

    /// <summary>A phone number, e-mail or postal address, whom to contact.</summary>
    Contact,

    /// <summary>How many, how big, a limit: "up to 5 members", "at least 12 characters".</summary>
    Quantity,

    /// <summary>Where.</summary>
    Place,

    /// <summary>How to do something: a procedure.</summary>
    Procedure,
}

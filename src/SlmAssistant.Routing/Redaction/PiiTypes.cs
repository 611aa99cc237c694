namespace SlmAssistant.Routing.Redaction;

/// <summary>The kinds of personal data the redactor knows, as they appear in <c>RedactedEntity.Type</c>.</summary>
public static class PiiTypes
{
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Card = "card";
    public const string Ssn = "ssn";
    public const string Iban = "iban";
    public const string Name = "name";

    /// <summary>A card's expiry date or security code (CVV, CVC), labelled as such or written right after a card number.</summary>
    public const string CardDetail = "carddetail";

    /// <summary>A street address with its postcode (US ZIP or UK postcode).</summary>
    public const string Address = "address";

    /// <summary>The placeholder label for a type: [EMAIL_1], [PHONE_1] …</summary>
    public static string Label(string type) => type.ToUpperInvariant();

    /// <summary>
    /// Which detection wins when two overlap. Numbers are ambiguous (a card's digits also look like a phone's),
    /// so the detector with the strongest check wins: Luhn-checked cards, then mod-97-checked IBANs, then SSNs, then phones.
    /// Emails are unambiguous and names are the weakest guess.
    /// </summary>
    public static int Priority(string type) => type switch
    {
        Email => 60,
        Card => 50,
        Iban => 40,
        Ssn => 30,
        Address => 25,
        CardDetail => 22,
        Phone => 20,
        _ => 10,
    };
}

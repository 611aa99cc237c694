using System.Collections.Frozen;

namespace SlmAssistant.Routing.Redaction.Detectors;

/// <summary>Words that stop a name: capitalized everyday words, and words that make a capitalized run a place or business.</summary>
internal static class NameWords
{
    /// <summary>Capitalized at the start of a sentence or as a brand, but never a person's name.</summary>
    public static readonly FrozenSet<string> NotNames = new[]
    {
        "I", "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "We", "You", "They", "He", "She",
        "My", "Your", "Our", "Their", "His", "Her", "Me", "Us", "Them", "Here", "There", "Not", "No", "Yes",
        "So", "Just", "Also", "Still", "Now", "Then", "Sure", "Ok", "Okay", "Good", "Great", "Fine", "Happy",
        "Glad", "Sorry", "Back", "New", "Old", "Going", "Looking", "Trying", "Calling", "Writing", "Wondering",
        "Hoping", "Having", "Getting", "Asking", "Reaching", "Contacting", "Emailing", "Messaging", "Following", "Checking", "Urgent", "Hi", "Hello", "Hey", "Dear", "Thanks", "Thank", "Please",
        "Regards", "Best", "Cheers", "Sincerely", "In", "On", "At", "From", "With", "About", "For", "To", "Of",
        "And", "Or", "But", "If", "When", "Where", "Why", "How", "What", "Who", "Which", "Is", "Are", "Was",
        "Were", "Be", "Do", "Does", "Did", "Have", "Has", "Had", "Can", "Could", "Would", "Should", "Will",
        "May", "Might", "Must", "Need", "Want", "Get", "Got", "Let", "Make", "Send", "Write", "Draft", "Translate",
        "Order", "Placed", "Customer", "Patient", "Doctor", "Nurse", "Support", "Team", "Service", "Help",
        "Question", "Email", "Phone", "Card", "Visa", "Mastercard", "Amex", "Discover", "SSN", "IBAN", "Account",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "June", "July", "August", "September", "October", "November", "December", "Today",
        "Tomorrow", "Yesterday", "English", "Spanish", "French", "German", "Dutch", "Chinese", "American",
        "Canadian", "British", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Madam", "Mom", "Dad", "Mum",
        "Well", "Actually", "Hopefully", "Unfortunately", "Basically", "Maybe", "Perhaps", "Everyone", "Someone",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A capitalized run holding one of these is a business or a place ("Maple Grove Family Clinic", "Jordan River").</summary>
    public static readonly FrozenSet<string> PlaceOrBusiness = new[]
    {
        "Clinic", "Hospital", "Center", "Centre", "Medical", "Health", "Healthcare", "Pharmacy", "Practice",
        "Bank", "Inc", "LLC", "Ltd", "Corp", "Corporation", "Company", "Co", "Group", "Store", "Shop", "Outfitters",
        "Software", "Systems", "Services", "Solutions", "Labs", "University", "College", "School", "Academy",
        "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Way", "Court",
        "Plaza", "Square", "Station", "Airport", "Mall", "Market", "Hotel", "Restaurant", "Cafe", "Church",
        "County", "City", "State", "Valley", "River", "Lake", "Mountain", "Beach", "Island", "Bay", "Plan",
        "Insurance", "Foundation", "Institute", "Association", "Department", "Office", "Club", "Studio", "Gym",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case particles inside surnames: Pieter de Vries, Ludwig van Beethoven, Ana da Silva.</summary>
    public static readonly FrozenSet<string> Particles = new[]
    {
        "de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "du", "le", "la", "bin", "binti", "al", "el", "ten", "ter",
    }.ToFrozenSet(StringComparer.Ordinal);
}

using System.Collections.Frozen;

namespace SlmAssistant.Routing.Redaction.Detectors;

/// <summary>
/// Given names used to spot a "First Last" pair when nothing else in the sentence says a name follows.
/// About 250 names: the most frequent US given names of recent decades (SSA tables) plus common names from
/// Latin America, Europe, South and East Asia, Africa and the Middle East, in the Latin spelling customers type.
/// Deliberately modest and deliberately missing given names that are also everyday words or places
/// (Will, May, June, April, Grace, Hope, Faith, Joy, Bill, Mark, Rose, Summer, Austin, Dallas, Paris, Georgia,
/// Victoria, Florence, Lincoln, Madison, Chase, Hunter, Morgan, Harper, Christian): a false pair such as "Will Harbor" would hide
/// words the cloud model needs, and the cue patterns catch those names when a person is meant.
/// </summary>
internal static class CommonFirstNames
{
    public static readonly FrozenSet<string> All = new[]
    {
        // US, women
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
        "Lisa", "Nancy", "Betty", "Sandra", "Margaret", "Ashley", "Kimberly", "Emily", "Donna", "Michelle",
        "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Dorothy",
        "Amy", "Kathleen", "Angela", "Shirley", "Emma", "Brenda", "Pamela", "Nicole", "Anna", "Samantha",
        "Katherine", "Christine", "Debra", "Rachel", "Carolyn", "Janet", "Maria", "Olivia", "Heather", "Helen",
        "Catherine", "Diane", "Julie", "Joyce", "Lauren", "Kelly", "Christina", "Ruth", "Joan",
        "Virginia", "Judith", "Evelyn", "Hannah", "Andrea", "Megan", "Cheryl", "Jacqueline", "Teresa",
        "Abigail", "Sophia", "Martha", "Sara", "Gloria", "Janice", "Kathryn", "Ann", "Isabella", "Judy",
        "Charlotte", "Julia", "Alice", "Ava", "Mia", "Amelia", "Ella", "Chloe", "Zoe", "Lily", "Natalie",
        "Leah", "Audrey", "Claire", "Lucy", "Dana", "Erin", "Tiffany", "Monica", "Wendy", "Tina", "Vanessa",
        // US, men
        "James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph", "Thomas", "Christopher",
        "Charles", "Daniel", "Matthew", "Anthony", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth",
        "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary",
        "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel",
        "Gregory", "Alexander", "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Nathan",
        "Henry", "Zachary", "Douglas", "Peter", "Kyle", "Noah", "Ethan", "Jeremy", "Walter", "Keith",
        "Roger", "Terry", "Sean", "Gerald", "Carl", "Dylan", "Harold", "Jordan", "Jesse", "Bryan", "Lawrence",
        "Arthur", "Gabriel", "Bruce", "Logan", "Albert", "Willie", "Alan", "Eugene", "Russell", "Louis", "Philip",
        "Randy", "Vincent", "Bobby", "Johnny", "Liam", "Lucas", "Oliver", "Elijah", "Owen", "Caleb", "Isaac",
        "Marcus", "Tom", "Ben", "Greg", "Mike", "Dave", "Steve", "Chris", "Matt", "Dan", "Nick", "Tony", "Jim",
        "Joe", "Sam", "Alex", "Kim", "Pat", "Jamie", "Taylor", "Casey", "Riley", "Quinn",
        // Latin America and Southern Europe
        "Juan", "Carlos", "Luis", "Miguel", "Javier", "Diego", "Alejandro", "Fernando", "Jorge", "Pedro", "Pablo",
        "Sofia", "Lucia", "Valentina", "Camila", "Gabriela", "Isabel", "Carmen", "Elena", "Ana", "Rosa", "Marco",
        "Giulia", "Francesca", "Giovanni", "Luca", "Matteo", "Joao", "Mariana",
        // Northern and Eastern Europe
        "Pieter", "Jan", "Lars", "Sven", "Anders", "Erik", "Ingrid", "Astrid", "Klaus", "Hans", "Stefan", "Lukas",
        "Anja", "Katarzyna", "Piotr", "Tomasz", "Agnieszka", "Ivan", "Dmitri", "Olga", "Natasha", "Sergei",
        "Pierre", "Jean", "Marie", "Camille", "Julien", "Sophie", "Niamh", "Siobhan", "Aoife",
        // South and East Asia, Africa, Middle East
        "Priya", "Rahul", "Amit", "Anil", "Sunil", "Deepak", "Ananya", "Aditi", "Arjun", "Neha", "Pooja", "Ravi",
        "Wei", "Li", "Jun", "Mei", "Hiroshi", "Yuki", "Haruto", "Sakura", "Minh", "Linh", "Jin", "Hyun", "Seo",
        "Aisha", "Fatima", "Mohammed", "Muhammad", "Ahmed", "Omar", "Ali", "Hassan", "Yusuf", "Layla", "Zainab",
        "Chinedu", "Ngozi", "Kwame", "Amara", "Oluwaseun", "Tendai", "Thabo",
    }.ToFrozenSet(StringComparer.Ordinal);
}

namespace SlmAssistant.Bot.Widget;

/// <summary>A fictional company whose demo page carries the widget for its domain.</summary>
public sealed record DemoTenant(
    string Slug,
    string Name,
    string Tagline,
    string Domain,
    string Color,
    string WidgetTitle,
    IReadOnlyList<(string Title, string Text)> Cards)
{
    public static IReadOnlyList<DemoTenant> All { get; } =
    [
        new("harbor-pine", "Harbor & Pine Outfitters", "Gear for the coast and the trail since 1987.", "return-policy", "#1f5f4a", "Harbor & Pine help",
        [
            ("Tidewater rain shell", "Seam-sealed 3-layer shell, packs into its own pocket. $189"),
            ("Ridgeline 45 L pack", "Adjustable torso, rain cover included. $149"),
            ("Driftwood camp stove", "Two burners, folds flat, runs on standard canisters. $119"),
            ("Trailhead GPS watch", "Offline maps and 40-hour battery. $279"),
        ]),
        new("clinic", "Maple Grove Family Clinic", "Family medicine, pediatrics and lab services.", "medical", "#2b5c8a", "Patient help",
        [
            ("Appointments", "Book, change or cancel a visit online or by phone."),
            ("Prescriptions", "Refills through the patient portal or your pharmacy."),
            ("Lab results", "See results in the portal as soon as your clinician releases them."),
            ("Billing", "Questions about statements, insurance and fees."),
        ]),
        new("brightlane", "Brightlane Software", "Project planning for small teams.", "legal", "#5b3f99", "Brightlane support",
        [
            ("Terms of Service", "The agreement that governs your use of Brightlane."),
            ("Privacy Policy", "What we collect, why, and your choices."),
            ("Cookies", "The cookies we use and how to manage them."),
            ("Data requests", "Access, correct or delete your data."),
        ]),
    ];

    public static DemoTenant Default => All[0];

    public static DemoTenant? Find(string slug) => All.FirstOrDefault(t => string.Equals(t.Slug, slug, StringComparison.OrdinalIgnoreCase));
}

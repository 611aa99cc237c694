namespace SlmAssistant.Routing.Ledger;

internal static class NanoDollars
{
    private const decimal PerDollar = 1_000_000_000m;

    public static long From(decimal dollars) => (long)decimal.Round(dollars * PerDollar, MidpointRounding.AwayFromZero);

    public static decimal ToDollars(long nanoDollars) => nanoDollars / PerDollar;
}

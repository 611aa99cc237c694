namespace SlmAssistant.TestKit.Postgres;

/// <summary>
/// Where the PostgreSQL server programs (initdb, pg_ctl) are: SLM_POSTGRES_BIN when set, else the newest Debian
/// install under /usr/lib/postgresql/N/bin. Missing binaries are an error, never a skip: ./eng/test.sh installs them.
/// </summary>
public static class PostgresBinaries
{
    public const string Variable = "SLM_POSTGRES_BIN";

    public static string Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return File.Exists(Path.Combine(configured, "initdb"))
                ? configured
                : throw new InvalidOperationException($"{Variable}='{configured}' has no initdb.");
        }

        const string Debian = "/usr/lib/postgresql";
        var found = Directory.Exists(Debian)
            ? Directory.GetDirectories(Debian)
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : -1, Bin: Path.Combine(d, "bin")))
                .Where(d => d.Version > 0 && File.Exists(Path.Combine(d.Bin, "initdb")) && File.Exists(Path.Combine(d.Bin, "pg_ctl")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Bin)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            $"The PostgreSQL server binaries (initdb, pg_ctl) were not found under {Debian}/*/bin and {Variable} is not set. " +
            "Install Debian's PostgreSQL (apt-get install -y postgresql); ./eng/test.sh does so when it is missing.");
    }
}

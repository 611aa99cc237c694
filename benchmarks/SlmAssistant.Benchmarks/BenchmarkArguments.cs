using System.Globalization;

namespace SlmAssistant.Benchmarks;

/// <summary>A command name followed by <c>--name value</c> pairs and <c>--flag</c> switches.</summary>
public sealed class BenchmarkArguments
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);

    private BenchmarkArguments(string command) => Command = command;

    public string Command { get; }

    public static BenchmarkArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = new BenchmarkArguments(args.Count > 0 ? args[0] : "help");
        for (var i = 1; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.", nameof(args));
            }

            var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            parsed._values[args[i][2..]] = hasValue ? args[++i] : null;
        }

        return parsed;
    }

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public bool Flag(string name) => _values.ContainsKey(name);

    public int Count(string name, int fallback) =>
        _values.GetValueOrDefault(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public double Number(string name, double fallback) =>
        _values.GetValueOrDefault(name) is { } value ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

    /// <summary>Comma-separated integers, e.g. <c>--sizes 10000,100000</c>.</summary>
    public IReadOnlyList<int> Counts(string name, IReadOnlyList<int> fallback) =>
        _values.GetValueOrDefault(name) is { } value
            ? value.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray()
            : fallback;
}

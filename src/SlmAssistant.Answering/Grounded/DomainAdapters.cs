using Microsoft.Extensions.Options;

namespace SlmAssistant.Answering.Grounded;

/// <summary>Which LoRA adapter, if any, the local model uses for a domain.</summary>
public sealed class DomainAdapters(IOptions<DomainAdapterOptions> options)
{
    /// <returns>The configured adapter name for <paramref name="domain"/>, or null for the base model.</returns>
    public string? For(string? domain) => domain is null
        ? null
        : options.Value.Adapters.Keys.FirstOrDefault(name => string.Equals(name, domain, StringComparison.OrdinalIgnoreCase));
}

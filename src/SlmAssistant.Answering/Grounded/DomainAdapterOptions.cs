namespace SlmAssistant.Answering.Grounded;

/// <summary>
/// The LoRA adapters configured for the local model (<c>Slm:Adapters</c>, adapter name → file), read here only for
/// their names, so Answering needs no reference to the inference project. An adapter named after a domain is used
/// for that domain's answers.
/// </summary>
public sealed class DomainAdapterOptions
{
    public const string SectionName = "Slm";

    public Dictionary<string, string> Adapters { get; } = new(StringComparer.OrdinalIgnoreCase);
}

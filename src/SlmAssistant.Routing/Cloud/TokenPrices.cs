using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Routing.Cloud;

/// <summary>Prices in US dollars per million tokens.</summary>
public sealed class TokenPrices
{
    [Range(0.0, 10_000.0)]
    public decimal InputPricePerMillion { get; set; }

    [Range(0.0, 10_000.0)]
    public decimal OutputPricePerMillion { get; set; }
}

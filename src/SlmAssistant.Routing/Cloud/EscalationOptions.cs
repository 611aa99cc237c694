using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Routing.Cloud;

/// <summary>
/// The cloud model out-of-scope questions are escalated to. Disabled unless <see cref="Provider"/> is set;
/// <see cref="ApiKey"/> comes from the environment (Escalation__ApiKey) or user secrets, never appsettings.json.
/// </summary>
public sealed class EscalationOptions
{
    public const string SectionName = "Escalation";

    public EscalationProvider Provider { get; set; } = EscalationProvider.None;

    /// <summary>
    /// OpenAI: optional base URL of any OpenAI-compatible server (e.g. http://127.0.0.1:8080/v1); empty = api.openai.com.
    /// Azure OpenAI: the resource endpoint (https://{resource}.openai.azure.com/), required.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>The model id (OpenAI) or the deployment name (Azure OpenAI).</summary>
    public string? Model { get; set; }

    /// <summary>Secret: set it with Escalation__ApiKey or dotnet user-secrets.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Azure OpenAI REST api-version; empty = the SDK's default.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>Named in the system prompt: "You are the customer-service assistant of …".</summary>
    [Required]
    public string CompanyName { get; set; } = "the company";

    /// <summary>Total time for one escalation, retries included.</summary>
    [Range(0.05, 600)]
    public double TimeoutSeconds { get; set; } = 20;

    /// <summary>Time for one HTTP attempt; a slow attempt is cut and retried while the total allows.</summary>
    [Range(0.05, 600)]
    public double AttemptTimeoutSeconds { get; set; } = 10;

    /// <summary>Retries after the first attempt on 5xx, 408, 429, network errors and attempt timeouts.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Base delay of the exponential backoff (with jitter) between retries.</summary>
    [Range(0.0, 60)]
    public double RetryDelaySeconds { get; set; } = 1;

    /// <summary>Share of failed attempts within the sampling window that opens the circuit.</summary>
    [Range(0.01, 1.0)]
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts the window must hold before the ratio counts.</summary>
    [Range(2, 10_000)]
    public int CircuitBreakerMinimumThroughput { get; set; } = 4;

    [Range(0.5, 3600)]
    public double CircuitBreakerSamplingSeconds { get; set; } = 30;

    /// <summary>How long an open circuit fails calls at once, without touching the network.</summary>
    [Range(0.5, 3600)]
    public double CircuitBreakerBreakSeconds { get; set; } = 30;

    [Range(16, 16_384)]
    public int MaxOutputTokens { get; set; } = 400;

    [Range(0.0, 2.0)]
    public double Temperature { get; set; } = 0.2;

    /// <summary>Earlier turns of the conversation sent along with the question (each redacted).</summary>
    [Range(0, 50)]
    public int MaxHistoryMessages { get; set; } = 6;

    /// <summary>What the configured cloud model costs, for the ledger's spend.</summary>
    [Range(0.0, 10_000.0)]
    public decimal InputPricePerMillion { get; set; }

    [Range(0.0, 10_000.0)]
    public decimal OutputPricePerMillion { get; set; }

    /// <summary>
    /// Prices for the "everything on the cloud" comparison in the ledger. The defaults are a small hosted model's
    /// list prices (0.15 / 0.60 USD per million tokens) at the time of writing; set them to the model you compare against.
    /// </summary>
    public TokenPrices CloudReferencePrices { get; set; } = new() { InputPricePerMillion = 0.15m, OutputPricePerMillion = 0.60m };

    public bool IsEnabled => Provider != EscalationProvider.None;
}

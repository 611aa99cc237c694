using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Routing.Cloud;

/// <summary>The checks data annotations cannot express: what an enabled provider needs, and where the key may live.</summary>
internal sealed class EscalationOptionsValidator(IConfiguration? configuration = null) : IValidateOptions<EscalationOptions>
{
    public ValidateOptionsResult Validate(string? name, EscalationOptions options)
    {
        var failures = new List<string>();
        if (options.AttemptTimeoutSeconds > options.TimeoutSeconds)
        {
            failures.Add("Escalation:AttemptTimeoutSeconds must not exceed Escalation:TimeoutSeconds.");
        }

        if (options.CloudReferencePrices is null or { InputPricePerMillion: < 0 } or { OutputPricePerMillion: < 0 })
        {
            failures.Add("Escalation:CloudReferencePrices must hold non-negative InputPricePerMillion and OutputPricePerMillion.");
        }

        if (KeyInAppSettings())
        {
            failures.Add("Escalation:ApiKey must not be stored in appsettings*.json. Use the environment variable Escalation__ApiKey or dotnet user-secrets.");
        }

        if (options.IsEnabled)
        {
            ValidateEnabled(options, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateEnabled(EscalationOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"Escalation:ApiKey is required when Escalation:Provider is {options.Provider}. "
                + "Set it in the environment variable Escalation__ApiKey or with dotnet user-secrets, never in appsettings.json.");
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            failures.Add($"Escalation:Model is required when Escalation:Provider is {options.Provider} (the model id, or the Azure deployment name).");
        }

        var hasEndpoint = !string.IsNullOrWhiteSpace(options.Endpoint);
        if (options.Provider == EscalationProvider.AzureOpenAI && !hasEndpoint)
        {
            failures.Add("Escalation:Endpoint is required for AzureOpenAI (https://{resource}.openai.azure.com/).");
        }

        if (hasEndpoint && (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            failures.Add($"Escalation:Endpoint '{options.Endpoint}' is not an absolute http(s) URL.");
        }
    }

    // A key committed with the app's settings file leaks with the repository; fail at start instead.
    private bool KeyInAppSettings() =>
        configuration is IConfigurationRoot root
        && root.Providers.Any(provider =>
            provider.TryGet($"{EscalationOptions.SectionName}:{nameof(EscalationOptions.ApiKey)}", out var key)
            && !string.IsNullOrEmpty(key)
            && provider.ToString()!.Contains("appsettings", StringComparison.OrdinalIgnoreCase));
}

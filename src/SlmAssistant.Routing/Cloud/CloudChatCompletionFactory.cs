using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace SlmAssistant.Routing.Cloud;

/// <summary>
/// Builds Semantic Kernel's OpenAI or Azure OpenAI chat completion connector on the resilient "cloud" HttpClient.
/// The connectors are constructed here rather than with services.AddOpenAIChatCompletion because that overload has no
/// HttpClient parameter on IServiceCollection and would fall back to a shared client without our resilience pipeline.
/// The SDK's own retries and network timeout are turned off (as SK does when handed an HttpClient), so the pipeline is the only policy.
/// </summary>
internal static class CloudChatCompletionFactory
{
    /// <returns>Null when Escalation:Provider is None: "no cloud" is a normal state, not an error.</returns>
    public static IChatCompletionService? Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<EscalationOptions>>().Value;
        if (!options.IsEnabled)
        {
            return null;
        }

        var httpClient = services.GetRequiredService<IHttpClientFactory>().CreateClient(CloudServiceKeys.HttpClient);
        var loggerFactory = services.GetService<ILoggerFactory>();
        return options.Provider switch
        {
            EscalationProvider.AzureOpenAI => new AzureOpenAIChatCompletionService(
                options.Model!, options.Endpoint!, options.ApiKey!, modelId: null, httpClient, loggerFactory,
                string.IsNullOrWhiteSpace(options.ApiVersion) ? null : options.ApiVersion),
            _ => new OpenAIChatCompletionService(options.Model!, OpenAIClientFor(options, httpClient), loggerFactory),
        };
    }

    // SK's own endpoint overload is experimental (SKEXP0010); an OpenAIClient set up the way SK sets one up is not.
    private static OpenAIClient OpenAIClientFor(EscalationOptions options, HttpClient httpClient)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(httpClient),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        };
        if (!string.IsNullOrWhiteSpace(options.Endpoint))
        {
            clientOptions.Endpoint = new Uri(options.Endpoint);
        }

        return new OpenAIClient(new ApiKeyCredential(options.ApiKey!), clientOptions);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SlmAssistant.Inference.Onnx.Hub;

public static class HubServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="HuggingFaceModelPuller"/> as a typed HTTP client (<c>HF_ENDPOINT</c>/<c>HF_TOKEN</c> from
    /// the environment, unless <see cref="HuggingFaceHubOptions"/> is registered already). Its timeout is infinite: model files are gigabytes, so a pull is bounded by its
    /// cancellation token, and a short total-request timeout from shared resilience defaults would break it.
    /// </summary>
    public static IHttpClientBuilder AddHuggingFaceModelPuller(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => HuggingFaceHubOptions.FromEnvironment());
        return services.AddHttpClient<HuggingFaceModelPuller>(client => client.Timeout = Timeout.InfiniteTimeSpan);
    }
}

using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Inference.Onnx.Chat;
using SlmAssistant.Inference.Onnx.Hosting;

namespace SlmAssistant.Inference.Onnx;

public static class InferenceServiceCollectionExtensions
{
    /// <summary>The service key of the local <see cref="IChatClient"/> (the cloud one is <c>"cloud"</c>).</summary>
    public const string LocalChatClientKey = "local";

    /// <summary>
    /// Binds <see cref="SlmOptions"/> from the <c>Slm</c> section and registers <see cref="ILocalModelStatus"/>.
    /// When <c>Slm:ModelPath</c> is set, also registers <see cref="OnnxModelHost"/> (lazy, disposable singleton),
    /// <see cref="OnnxChatClient"/>, <see cref="ILocalPromptBudget"/> (prompts fitted with the model's tokenizer), and the keyed <see cref="IChatClient"/> <c>"local"</c> that Semantic Kernel
    /// resolves; the returned builder's pipeline (logging, telemetry) can be extended by the caller.
    /// When it is empty, nothing else is registered: extractive mode.
    /// </summary>
    public static IServiceCollection AddSlmLocalModel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SlmOptions.SectionName);
        services.AddOptions<SlmOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();

        if (string.IsNullOrWhiteSpace(section[nameof(SlmOptions.ModelPath)]))
        {
            services.TryAddSingleton<ILocalModelStatus, ExtractiveModeStatus>();
            return services;
        }

        services.TryAddSingleton<OnnxModelHost>();
        services.TryAddSingleton<OnnxChatClient>();
        services.TryAddSingleton<ILocalModelStatus, LocalModelStatus>();
        services.TryAddSingleton<ILocalPromptBudget, OnnxPromptBudget>();
        services.AddKeyedChatClient(LocalChatClientKey, provider => provider.GetRequiredService<OnnxChatClient>());
        return services;
    }
}

using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace SlmAssistant.Answering.Plugins;

/// <summary>
/// What Answering knows of the local model: a keyed <see cref="IChatClient"/> (registered by <c>AddSlmLocalModel</c>
/// when <c>Slm:ModelPath</c> is set) and the chat option that picks a LoRA adapter. Both names are the inference
/// project's contract, repeated here so that Answering depends on Microsoft.Extensions.AI only.
/// </summary>
public static class LocalChatClient
{
    /// <summary>The service key of the local chat client, and so the <c>ServiceId</c> Semantic Kernel selects it by.</summary>
    public const string ServiceKey = "local";

    /// <summary>The <c>ChatOptions.AdditionalProperties</c> key naming the adapter to activate for one request.</summary>
    public const string AdapterOption = "slm.adapter";

    /// <summary>Whether a local model is configured, without creating its client.</summary>
    public static bool IsRegistered(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetService<IServiceProviderIsKeyedService>()?.IsKeyedService(typeof(IChatClient), ServiceKey) == true;
    }
}

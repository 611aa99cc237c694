using System.Globalization;
using System.Text.Json;
using Microsoft.SemanticKernel;

namespace SlmAssistant.Answering.Plugins;

/// <summary>
/// Per-request execution settings for a prompt function: its config.json defaults, the local chat client as the
/// service, and the LoRA adapter. SK passes unknown extension data on as <c>ChatOptions.AdditionalProperties</c>,
/// which is how the adapter name reaches the local chat client.
/// </summary>
public static class LocalExecutionSettings
{
    public static PromptExecutionSettings For(KernelFunction function, string? adapter)
    {
        ArgumentNullException.ThrowIfNull(function);

        // Settings passed in the arguments replace the function's own, so its defaults are copied in.
        var defaults = function.ExecutionSettings?.GetValueOrDefault(PromptExecutionSettings.DefaultServiceId)
            ?? function.ExecutionSettings?.Values.FirstOrDefault();
        var data = defaults?.ExtensionData is { } extensionData ? new Dictionary<string, object>(extensionData) : [];
        if (adapter is not null)
        {
            data[LocalChatClient.AdapterOption] = adapter;
        }

        return new PromptExecutionSettings
        {
            ServiceId = LocalChatClient.ServiceKey,
            ModelId = defaults?.ModelId,
            ExtensionData = data,
        };
    }

    /// <summary>The function's <c>max_tokens</c> (config.json), which the reply may take of the context.</summary>
    public static int? ReplyTokens(PromptExecutionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return (settings.ExtensionData?.TryGetValue("max_tokens", out var value) == true ? value : null) switch
        {
            JsonElement { ValueKind: JsonValueKind.Number } number => number.GetInt32(),
            IConvertible convertible => convertible.ToInt32(CultureInfo.InvariantCulture),
            _ => null,
        };
    }
}

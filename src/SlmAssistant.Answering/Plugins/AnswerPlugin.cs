using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace SlmAssistant.Answering.Plugins;

/// <summary>The prompt plugin in plugins/Answer (SK's directory format: one folder per function with skprompt.txt and config.json).</summary>
public static class AnswerPlugin
{
    public const string Name = "Answer";
    public const string GroundedFunction = "Grounded";
    public const string FollowUpsFunction = "FollowUps";
    public const string InScopeFunction = "InScope";

    /// <summary>Loads the plugin from <c>Answering:PluginsDirectory</c>; registered as a singleton, so once per process.</summary>
    public static KernelPlugin Load(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.GetRequiredService<IOptions<AnsweringOptions>>().Value;
        var directory = Path.GetFullPath(Path.Combine(options.PluginsDirectory, Name));
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException(
                $"The prompt plugin folder '{directory}' does not exist ({AnsweringOptions.SectionName}:{nameof(AnsweringOptions.PluginsDirectory)}).");
        }

        // SK's directory loader is an extension of Kernel; this throwaway kernel only lends it the services (logging)
        // and an empty plugin collection, since resolving the DI kernel here would ask for this very plugin.
        return new Kernel(services, new KernelPluginCollection()).CreatePluginFromPromptDirectory(directory, Name);
    }

    public static KernelFunction Grounded(Kernel kernel) => Function(kernel, GroundedFunction);

    public static KernelFunction FollowUps(Kernel kernel) => Function(kernel, FollowUpsFunction);

    public static KernelFunction InScope(Kernel kernel) => Function(kernel, InScopeFunction);

    private static KernelFunction Function(Kernel kernel, string name)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        return kernel.Plugins.GetFunction(Name, name);
    }
}

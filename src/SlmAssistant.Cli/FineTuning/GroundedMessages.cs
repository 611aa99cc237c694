using System.Net;
using System.Text.RegularExpressions;
using Microsoft.SemanticKernel;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Answering.Grounded;
using SlmAssistant.Answering.Plugins;

namespace SlmAssistant.Cli.FineTuning;

/// <summary>
/// Renders the product's own grounded prompt (plugins/Answer/Grounded/skprompt.txt, through Semantic Kernel's prompt
/// template engine and <see cref="GroundedPrompt.Arguments(string, IReadOnlyList{SearchHit}, IReadOnlyList{ConversationTurn}, string, PromptExecutionSettings?)"/>)
/// into chat messages, so a model is trained on exactly what it is asked at answer time.
/// </summary>
public sealed partial class GroundedMessages
{
    private readonly IPromptTemplate _template;
    private readonly Kernel _kernel = new();

    private GroundedMessages(IPromptTemplate template) => _template = template;

    /// <summary>The grounded prompt of the plugins folder (Answering:PluginsDirectory).</summary>
    public static GroundedMessages Load(string pluginsDirectory)
    {
        var path = Path.Combine(pluginsDirectory, AnswerPlugin.Name, AnswerPlugin.GroundedFunction, "skprompt.txt");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The grounded prompt '{Path.GetFullPath(path)}' does not exist.", path);
        }

        return new GroundedMessages(new KernelPromptTemplateFactory().Create(new PromptTemplateConfig(File.ReadAllText(path))));
    }

    public async Task<IReadOnlyList<TrainingMessage>> RenderAsync(
        string organization, IReadOnlyList<SearchHit> sources, string question, CancellationToken cancellationToken = default)
    {
        var arguments = GroundedPrompt.Arguments(organization, sources, [], question, settings: null);
        var rendered = await _template.RenderAsync(_kernel, arguments, cancellationToken);
        var messages = Message().Matches(rendered)
            .Select(m => new TrainingMessage(m.Groups["role"].Value, WebUtility.HtmlDecode(m.Groups["content"].Value).Trim()))
            .ToList();
        if (messages.Count == 0)
        {
            throw new InvalidOperationException("The grounded prompt rendered no <message> elements.");
        }

        return messages;
    }

    [GeneratedRegex("""<message role="(?<role>system|user|assistant)">(?<content>.*?)</message>""", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Message();
}

using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Inference.Onnx.Hosting;

/// <summary>
/// The local model's prompt room, counted with its own tokenizer: <see cref="SlmOptions.MaxLength"/> capped by the
/// model's <c>context_length</c>, minus the reply's budget. Asking loads the model (as the generation would).
/// </summary>
internal sealed class OnnxPromptBudget(OnnxModelHost host, IOptions<SlmOptions> options) : ILocalPromptBudget
{
    public int PromptTokens(int? replyTokens)
    {
        var maxLength = Math.Min(options.Value.MaxLength, host.Acquire().ContextLength ?? int.MaxValue);

        // With no reply cap at all the reply may fill the context; a quarter of it is kept for the reply then.
        var reply = replyTokens ?? options.Value.MaxOutputTokens ?? maxLength / 4;
        return Math.Max(0, maxLength - reply);
    }

    public int CountTokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return 0;
        }

        using var tokens = host.Acquire().Tokenizer.Encode(text);
        return tokens[0].Length;
    }
}

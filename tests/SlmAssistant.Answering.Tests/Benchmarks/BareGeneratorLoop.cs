using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.ML.OnnxRuntimeGenAI;

namespace SlmAssistant.Answering.Tests.Benchmarks;

/// <summary>The baseline: ONNX Runtime GenAI's Generator driven directly, greedy, on the same model and messages.</summary>
internal sealed partial class BareGeneratorLoop(string modelDirectory, int maxOutputTokens) : IDisposable
{
    private readonly Model _model = new(modelDirectory);
    private Tokenizer? _tokenizer;

    private Tokenizer Tokenizer => _tokenizer ??= new Tokenizer(_model);

    /// <summary>The messages of an SK-rendered prompt (&lt;message role="..."&gt; blocks) as chat-template JSON.</summary>
    public static string MessagesOf(string renderedPrompt) => JsonSerializer.Serialize(Message().Matches(renderedPrompt)
        .Select(match => new Dictionary<string, string>
        {
            ["role"] = match.Groups["role"].Value,
            ["content"] = WebUtility.HtmlDecode(match.Groups["text"].Value),
        })
        .ToList());

    /// <summary>Applies the chat template (any app must), encodes and generates greedily.</summary>
    public PathRun Run(string messagesJson)
    {
        var started = Stopwatch.GetTimestamp();
        var prompt = Tokenizer.ApplyChatTemplate(null, messagesJson, null, true);
        using var tokens = Tokenizer.Encode(prompt);
        var inputTokens = tokens[0].Length;
        using var generatorParams = new GeneratorParams(_model);
        generatorParams.SetSearchOption("max_length", inputTokens + maxOutputTokens);
        generatorParams.SetSearchOption("do_sample", false);
        generatorParams.SetSearchOption("random_seed", 1);
        using var generator = new Generator(_model, generatorParams);
        generator.AppendTokenSequences(tokens);
        using var stream = Tokenizer.CreateStream();
        TimeSpan? firstToken = null;
        var outputTokens = 0;
        var text = 0;
        while (!generator.IsDone())
        {
            var before = generator.TokenCount();
            generator.GenerateNextToken();
            var count = generator.TokenCount();
            if (count == before)
            {
                break;
            }

            var token = generator.GetSequence(0)[(int)count - 1];
            text += stream.Decode(token).Length;
            outputTokens++;
            firstToken ??= Stopwatch.GetElapsedTime(started);
        }

        // Keep the decoded length alive so the decoding is not optimized away.
        GC.KeepAlive(text);
        return new PathRun(firstToken ?? TimeSpan.Zero, Stopwatch.GetElapsedTime(started), inputTokens, outputTokens);
    }

    public void Dispose()
    {
        _tokenizer?.Dispose();
        _model.Dispose();
    }

    [GeneratedRegex("""<message role="(?<role>\w+)">(?<text>.*?)</message>""", RegexOptions.Singleline)]
    private static partial Regex Message();
}

using System.Collections.Concurrent;
using SlmAssistant.Tools.TinyModel;

namespace SlmAssistant.Answering.Tests.Support;

/// <summary>
/// Tiny generated ONNX Runtime GenAI models whose greedy reply is a fixed script whatever the prompt, written once
/// per test run. Their context is 4096 tokens: the tiny tokenizer spends about one token per character of a
/// grounded prompt.
/// </summary>
public sealed class AnswerModels : IDisposable
{
    private readonly ConcurrentDictionary<int, TinyModelFiles> _random = new();

    public const string CitedAnswer = "Electronics can be returned within 30 days [2].";
    public const string MedicalAdapter = "medical";
    public const string MedicalAnswer = "Refill requests are processed within two business days [1].";
    public const string LateSentinelAnswer = "The sources do not say. not_found";
    public const string FollowUpsJson = """{"questions":["Is there a restocking fee?","How do refunds work?"]}""";
    public const int MaxLength = 4096;
    public const int SmallContextLength = 2048;

    public AnswerModels()
    {
        Root = Path.Combine(Path.GetTempPath(), "slm-answer-models-" + Guid.NewGuid().ToString("N"));
        Cited = Write("cited", CitedAnswer, MedicalAnswer);
        NotFound = Write("not-found", "NOT_FOUND");
        LateSentinel = Write("late-sentinel", LateSentinelAnswer);
        FollowUps = Write("follow-ups", FollowUpsJson);
        OnlyABadMarker = Write("bad-marker", " [7]");
        LongAnswer = string.Join(' ', Enumerable.Range(1, 200).Select(i => $"step{i}")) + " [1].";
        LongScripted = Write("long", LongAnswer);
        SaysYes = Write("says-yes", "\"yes\"");
        SaysNo = Write("says-no", "\"no\"");
        SmallContext = Write("small-context", CitedAnswer, maxLength: SmallContextLength);
    }

    public string Root { get; }

    /// <summary>Replies <see cref="CitedAnswer"/>; with the <see cref="MedicalAdapter"/> adapter, <see cref="MedicalAnswer"/>.</summary>
    public TinyModelFiles Cited { get; }

    /// <summary>Replies the sentinel NOT_FOUND and nothing else.</summary>
    public TinyModelFiles NotFound { get; }

    /// <summary>Replies <see cref="LateSentinelAnswer"/>: some text, then the sentinel in lower case.</summary>
    public TinyModelFiles LateSentinel { get; }

    /// <summary>Replies " [7]": a marker outside any source list and nothing else.</summary>
    public TinyModelFiles OnlyABadMarker { get; }

    /// <summary>Replies <see cref="FollowUpsJson"/>, which the follow-up schema accepts.</summary>
    public TinyModelFiles FollowUps { get; }

    /// <summary>Replies <see cref="LongAnswer"/> (about 200 tokens), for streaming, cancellation and throughput.</summary>
    public TinyModelFiles LongScripted { get; }

    public string LongAnswer { get; }

    /// <summary>Replies "yes" (as the JSON string the self-check's schema asks for).</summary>
    public TinyModelFiles SaysYes { get; }

    /// <summary>Replies "no" (as the JSON string the self-check's schema asks for).</summary>
    public TinyModelFiles SaysNo { get; }

    /// <summary>Replies <see cref="CitedAnswer"/> within a context of <see cref="SmallContextLength"/> tokens, for prompt fitting.</summary>
    public TinyModelFiles SmallContext { get; }

    /// <summary>A model with random weights only: its free text is noise; constrained decoding makes it terminate.</summary>
    public TinyModelFiles Random(int seed) => _random.GetOrAdd(seed, _ => Write($"random-{seed}", null, seed: seed));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; a failing Dispose would hide the test results.
        }
    }

    private TinyModelFiles Write(string name, string? script, string? adapterScript = null, int seed = 1234, int maxLength = MaxLength) =>
        TinyModelWriter.Write(Path.Combine(Root, name), Options(script, adapterScript, seed, maxLength));

    private static TinyModelOptions Options(string? script, string? adapterScript, int seed, int maxLength) => new()
    {
        Script = script,
        AdapterScript = adapterScript,
        AdapterName = MedicalAdapter,
        MaxLength = maxLength,
        Seed = seed,
    };
}

using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntimeGenAI;
using SlmAssistant.Inference.Onnx.Hosting;

namespace SlmAssistant.Inference.Onnx.Chat;

/// <summary>
/// An <see cref="IChatClient"/> over a local ONNX Runtime GenAI model, with its own token loop: the packaged
/// client decodes the previous token again at EOS, so its replies repeat their last piece.
/// </summary>
/// <remarks>
/// Each request renders the prompt with the model folder's chat template, waits for one of
/// <c>Slm:MaxConcurrentGenerations</c> slots, and runs its generator on a worker thread that streams text through
/// a channel. Cancelling or abandoning the stream stops that loop before its next token; the generator is
/// disposed and the slot released before the stream completes.
/// Request options: <see cref="ChatOptions.MaxOutputTokens"/>, Temperature, TopP, TopK, Seed, StopSequences,
/// <see cref="ChatOptions.ResponseFormat"/> (a JSON schema becomes constrained decoding), and the keys in
/// <see cref="SlmChatOptionKeys"/>.
/// </remarks>
public sealed class OnnxChatClient : IChatClient
{
    /// <summary>Tokens the loop may run ahead of a slow reader; past that it waits, so an abandoned stream holds no CPU.</summary>
    private const int StreamAhead = 32;

    private readonly OnnxModelHost _host;
    private readonly SlmOptions _options;
    private readonly SemaphoreSlim _slots;
    private readonly ChatClientMetadata _metadata;

    public OnnxChatClient(OnnxModelHost host, IOptions<SlmOptions> options)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(options);
        _host = host;
        _options = options.Value;
        _slots = new SemaphoreSlim(_options.MaxConcurrentGenerations, _options.MaxConcurrentGenerations);
        _metadata = new ChatClientMetadata(
            "onnxruntime-genai",
            host.ModelPath is null ? null : new Uri(host.ModelPath),
            host.ModelPath is null ? null : Path.GetFileName(host.ModelPath));
    }

    /// <summary>Generation slots free right now (of <c>Slm:MaxConcurrentGenerations</c>).</summary>
    public int AvailableSlots => _slots.CurrentCount;

    /// <summary>Prompt plus reply in tokens for one request: <c>Slm:MaxLength</c> capped by the model's context length (loads the model).</summary>
    public int MaxLength => Math.Min(_options.MaxLength, _host.Acquire().ContextLength ?? int.MaxValue);

    /// <summary>The model's name: its folder's name.</summary>
    public string? ModelId => _metadata.DefaultModelId;

    /// <summary>
    /// Tokens of the prompt these messages render to with the model's chat template (what the generator is given and
    /// the usage reports), so a caller can refuse a prompt that leaves no room for a reply before it is generated.
    /// </summary>
    public int CountPromptTokens(IEnumerable<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var model = _host.Acquire();
        using var tokens = model.Tokenizer.Encode(PromptRenderer.Render(model.Tokenizer, messages));
        return tokens[0].Length;
    }

    public Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        GetStreamingResponseAsync(messages, options, cancellationToken).ToChatResponseAsync(cancellationToken);

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var model = _host.Acquire();
        var settings = GenerationSettings.From(options, _options, model.AdapterNames, model.ContextLength);
        var prompt = PromptRenderer.Render(model.Tokenizer, messages);
        var responseId = Guid.NewGuid().ToString("N");
        var messageId = Guid.NewGuid().ToString("N");

        using var span = InferenceTelemetry.StartChat(_metadata.DefaultModelId, settings);
        await _slots.WaitAsync(cancellationToken);
        InferenceTelemetry.SlotAcquired(span);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(StreamAhead) { SingleReader = true, SingleWriter = true });
        var generation = Task.Run(() => GenerateAsync(model, settings, prompt, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var text in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return new ChatResponseUpdate(ChatRole.Assistant, text)
                {
                    ResponseId = responseId,
                    MessageId = messageId,
                    CreatedAt = DateTimeOffset.UtcNow,
                };
            }

            var outcome = await generation;
            cancellationToken.ThrowIfCancellationRequested();
            InferenceTelemetry.Completed(span, outcome);
            yield return new ChatResponseUpdate
            {
                Role = ChatRole.Assistant,
                ResponseId = responseId,
                MessageId = messageId,
                CreatedAt = DateTimeOffset.UtcNow,
                FinishReason = outcome.FinishReason,
                ModelId = _metadata.DefaultModelId,
                Contents =
                [
                    new UsageContent(new UsageDetails
                    {
                        InputTokenCount = outcome.InputTokens,
                        OutputTokenCount = outcome.OutputTokens,
                        TotalTokenCount = outcome.InputTokens + outcome.OutputTokens,
                    }),
                ],
            };
        }
        finally
        {
            // Stop the loop (a no-op when it has finished), wait until its generator is disposed, then free the slot.
            await stop.CancelAsync();
            await ((Task)generation).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            _slots.Release();
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose() => _slots.Dispose();

    private static async Task<GenerationOutcome> GenerateAsync(
        LoadedModel model, GenerationSettings settings, string prompt, ChannelWriter<string> output, CancellationToken stop)
    {
        try
        {
            using var tokens = model.Tokenizer.Encode(prompt);
            var inputTokens = tokens[0].Length;
            using var generatorParams = new GeneratorParams(model.Model);
            settings.Apply(generatorParams, inputTokens);
            using var generator = new Generator(model.Model, generatorParams);
            if (settings.Adapter is not null)
            {
                generator.SetActiveAdapter(model.Adapters, settings.Adapter);
            }

            generator.AppendTokenSequences(tokens);
            using var stream = model.Tokenizer.CreateStream();
            var eos = model.Tokenizer.GetEosTokenIds().ToArray();
            var stopSequences = new StopSequenceMatcher(settings.StopSequences);
            var outputTokens = 0;
            var finishReason = ChatFinishReason.Length;
            while (!generator.IsDone())
            {
                stop.ThrowIfCancellationRequested();
                var before = generator.TokenCount();
                generator.GenerateNextToken();

                // At EOS (or when guidance ends the grammar) the sequence does not grow and the last token is the
                // previous one again: emit nothing for that step.
                var count = generator.TokenCount();
                var token = count > before ? generator.GetSequence(0)[(int)count - 1] : -1;
                if (token < 0 || eos.Contains(token))
                {
                    finishReason = ChatFinishReason.Stop;
                    break;
                }

                outputTokens++;
                if (model.SpecialTokenIds.Contains(token))
                {
                    continue;
                }

                var text = stopSequences.Append(stream.Decode(token));
                if (text.Length > 0)
                {
                    await output.WriteAsync(text, stop);
                }

                if (stopSequences.Stopped)
                {
                    finishReason = ChatFinishReason.Stop;
                    break;
                }
            }

            var rest = stopSequences.Flush();
            if (rest.Length > 0)
            {
                await output.WriteAsync(rest, stop);
            }

            return new GenerationOutcome(inputTokens, outputTokens, finishReason);
        }
        finally
        {
            output.TryComplete();
        }
    }
}

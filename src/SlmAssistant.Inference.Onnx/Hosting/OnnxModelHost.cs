using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntimeGenAI;

namespace SlmAssistant.Inference.Onnx.Hosting;

/// <summary>
/// Loads the configured model folder (model, tokenizer, adapters) lazily, once, thread-safe, and owns it.
/// A failed load is kept and reported again, so a bad folder gives the same clear error on every call
/// (and an Unhealthy check) instead of a crash or a slow reload per question; fixing it takes a restart.
/// </summary>
public sealed class OnnxModelHost : IDisposable
{
    private const string ConfigFileName = "genai_config.json";
    private const string QuietSessionLog = """{"model":{"decoder":{"session_options":{"log_severity_level":3}}}}""";

    private readonly SlmOptions _options;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private LoadedModel? _loaded;
    private SlmModelException? _failure;
    private bool _disposed;

    public OnnxModelHost(IOptions<SlmOptions> options, ILogger<OnnxModelHost>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger ?? NullLogger<OnnxModelHost>.Instance;
        ModelPath = _options.IsConfigured ? Path.GetFullPath(_options.ModelPath!) : null;
    }

    /// <summary>The full path of the model folder, or <see langword="null"/> when none is configured.</summary>
    public string? ModelPath { get; }

    public bool IsLoaded => Volatile.Read(ref _loaded) is not null;

    /// <summary>How long the load took, once it succeeded.</summary>
    public TimeSpan? LoadDuration { get; private set; }

    /// <summary>Loads the model if it is not loaded yet.</summary>
    /// <exception cref="SlmModelException">No model configured, a missing folder or file, or a model that does not load.</exception>
    public void EnsureLoaded() => Acquire();

    /// <summary>Loads on a worker thread and reports instead of throwing: for a startup or health check.</summary>
    public Task<LocalModelHealth> ValidateAsync(CancellationToken cancellationToken = default) => Task.Run(() =>
    {
        try
        {
            Acquire();
            return new LocalModelHealth(true, $"Local model loaded from '{ModelPath}'.", LoadDuration);
        }
        catch (SlmModelException e)
        {
            return new LocalModelHealth(false, e.Message);
        }
    }, cancellationToken);

    internal LoadedModel Acquire()
    {
        if (Volatile.Read(ref _loaded) is { } loaded)
        {
            return loaded;
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_loaded is not null)
            {
                return _loaded;
            }

            if (_failure is not null)
            {
                throw new SlmModelException(_failure.Message, _failure);
            }

            try
            {
                var stopwatch = Stopwatch.StartNew();
                var model = Load(ModelPath ?? throw new SlmModelException(
                    $"No local model is configured ({SlmOptions.SectionName}:{nameof(SlmOptions.ModelPath)} is empty)."));
                LoadDuration = stopwatch.Elapsed;
                _logger.LogInformation("Local model loaded from {ModelPath} in {LoadMs} ms with adapters [{Adapters}]",
                    ModelPath, (long)stopwatch.Elapsed.TotalMilliseconds, string.Join(", ", model.AdapterNames));
                Volatile.Write(ref _loaded, model);
                return model;
            }
            catch (SlmModelException e)
            {
                _failure = e;
                _logger.LogError(e, "Local model could not be loaded: {Reason}", e.Message);
                throw;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _loaded?.Dispose();
            _loaded = null;
        }
    }

    private LoadedModel Load(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new SlmModelException($"The local model folder '{path}' does not exist ({SlmOptions.SectionName}:{nameof(SlmOptions.ModelPath)}).");
        }

        if (!File.Exists(Path.Combine(path, ConfigFileName)))
        {
            throw new SlmModelException($"The local model folder '{path}' has no {ConfigFileName}, so it is not an ONNX Runtime GenAI model folder.");
        }

        Model? model = null;
        Tokenizer? tokenizer = null;
        Adapters? adapters = null;
        try
        {
            NativeLog.RouteTo(_logger);
            using (var config = new Config(path))
            {
                // ONNX Runtime's own session log writes to stderr, past the callback above (its graph warnings, such
                // as a LoRA input with a default, are not for the user); errors still reach the exception below.
                config.Overlay(QuietSessionLog);
                model = new Model(config);
            }

            tokenizer = new Tokenizer(model);
            adapters = new Adapters(model);
            foreach (var (name, file) in _options.Adapters)
            {
                LoadAdapter(adapters, name, Path.GetFullPath(file, path));
            }

            return new LoadedModel(path, model, tokenizer, adapters, [.. _options.Adapters.Keys], ReadContextLength(path), ReadSpecialTokenIds(path));
        }
        catch (Exception e)
        {
            adapters?.Dispose();
            tokenizer?.Dispose();
            model?.Dispose();
            if (e is SlmModelException)
            {
                throw;
            }

            throw new SlmModelException($"The local model in '{path}' could not be loaded: {e.Message}", e);
        }
    }

    private static int? ReadContextLength(string path)
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(path, ConfigFileName)));
        return config.RootElement.TryGetProperty("model", out var model)
            && model.TryGetProperty("context_length", out var length)
            && length.TryGetInt32(out var value) ? value : null;
    }

    private static HashSet<int> ReadSpecialTokenIds(string path)
    {
        var file = Path.Combine(path, "tokenizer.json");
        if (!File.Exists(file))
        {
            return [];
        }

        using var stream = File.OpenRead(file);
        using var tokenizer = JsonDocument.Parse(stream);
        return tokenizer.RootElement.TryGetProperty("added_tokens", out var added) && added.ValueKind == JsonValueKind.Array
            ? [.. added.EnumerateArray()
                .Where(token => token.TryGetProperty("special", out var special) && special.ValueKind == JsonValueKind.True)
                .Select(token => token.GetProperty("id").GetInt32())]
            : [];
    }

    private static void LoadAdapter(Adapters adapters, string name, string file)
    {
        if (!File.Exists(file))
        {
            throw new SlmModelException($"The adapter '{name}' file '{file}' does not exist ({SlmOptions.SectionName}:{nameof(SlmOptions.Adapters)}).");
        }

        try
        {
            adapters.LoadAdapter(file, name);
        }
        catch (OnnxRuntimeGenAIException e)
        {
            throw new SlmModelException($"The adapter '{name}' could not be loaded from '{file}': {e.Message}", e);
        }
    }
}

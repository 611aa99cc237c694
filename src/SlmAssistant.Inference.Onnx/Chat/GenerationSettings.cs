using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntimeGenAI;
using SlmAssistant.Inference.Onnx.Hosting;

namespace SlmAssistant.Inference.Onnx.Chat;

/// <summary>One request's search options: <see cref="ChatOptions"/> first, then the <see cref="SlmOptions"/> defaults.</summary>
internal sealed record GenerationSettings(
    int MaxLength,
    int? MaxOutputTokens,
    float? Temperature,
    float? TopP,
    int? TopK,
    long? Seed,
    IReadOnlyList<string> StopSequences,
    SlmGuidance? Guidance,
    string? Adapter)
{
    private static readonly string[] GuidanceTypes = [SlmGuidance.JsonSchemaType, SlmGuidance.RegexType, SlmGuidance.LarkGrammarType];

    /// <param name="contextLength">The model's context length, which caps the configured max length.</param>
    public static GenerationSettings From(ChatOptions? options, SlmOptions defaults, IReadOnlyCollection<string> adapterNames, int? contextLength) => new(
        Math.Min(defaults.MaxLength, contextLength ?? int.MaxValue),
        options?.MaxOutputTokens ?? defaults.MaxOutputTokens,
        options?.Temperature ?? defaults.Temperature,
        options?.TopP ?? defaults.TopP,
        options?.TopK ?? defaults.TopK,
        options?.Seed,
        options?.StopSequences?.Where(stop => stop.Length > 0).ToList() ?? [],
        GuidanceOf(options),
        AdapterOf(options, adapterNames));

    /// <summary>The <c>max_length</c> for a prompt: prompt plus reply, capped by the configured maximum.</summary>
    public int MaxLengthFor(int inputTokens)
    {
        if (inputTokens >= MaxLength)
        {
            throw new ArgumentException(
                $"The prompt has {inputTokens} tokens, which leaves no room for a reply within {MaxLength} tokens ({SlmOptions.SectionName}:{nameof(SlmOptions.MaxLength)} or the model's context length).");
        }

        return MaxOutputTokens is int output ? (int)Math.Min(MaxLength, (long)inputTokens + output) : MaxLength;
    }

    public void Apply(GeneratorParams generatorParams, int inputTokens)
    {
        generatorParams.SetSearchOption("max_length", MaxLengthFor(inputTokens));
        if (Temperature is 0f)
        {
            generatorParams.SetSearchOption("do_sample", false);
        }
        else if (Temperature is not null || TopP is not null || TopK is not null)
        {
            generatorParams.SetSearchOption("do_sample", true);
            SetIfAny(generatorParams, "temperature", Temperature);
            SetIfAny(generatorParams, "top_p", TopP);
            SetIfAny(generatorParams, "top_k", TopK);
        }

        // Always a seed: without one, ONNX Runtime GenAI 0.18 spends ~14 ms per generator seeding itself (measured).
        generatorParams.SetSearchOption("random_seed", Seed ?? Random.Shared.Next());
        if (Guidance is not null)
        {
            generatorParams.SetGuidance(Guidance.Type, Guidance.Text, false);
        }
    }

    private static void SetIfAny(GeneratorParams generatorParams, string name, double? value)
    {
        if (value is double number)
        {
            generatorParams.SetSearchOption(name, number);
        }
    }

    private static SlmGuidance? GuidanceOf(ChatOptions? options)
    {
        var guidance = options?.AdditionalProperties?.GetValueOrDefault(SlmChatOptionKeys.Guidance) switch
        {
            null => null,
            SlmGuidance explicitGuidance => explicitGuidance,
            var other => throw new ArgumentException($"'{SlmChatOptionKeys.Guidance}' must be a {nameof(SlmGuidance)}, not {other.GetType().Name}."),
        };
        guidance ??= options?.ResponseFormat switch
        {
            ChatResponseFormatJson { Schema: { } schema } => SlmGuidance.JsonSchema(schema.GetRawText()),
            ChatResponseFormatJson => SlmGuidance.JsonSchema("""{"type":"object"}"""),
            _ => null,
        };
        if (guidance is null)
        {
            return null;
        }

        var type = guidance.Type == "lark" ? SlmGuidance.LarkGrammarType : guidance.Type;
        if (!GuidanceTypes.Contains(type))
        {
            throw new ArgumentException($"Unknown guidance type '{guidance.Type}'; use one of {string.Join(", ", GuidanceTypes)}.");
        }

        return type == SlmGuidance.JsonSchemaType ? SlmGuidance.JsonSchema(Compact(guidance.Text)) : guidance with { Type = type };
    }

    /// <summary>
    /// Asks for compact JSON unless the schema says otherwise ("x-guidance"): with flexible whitespace a small model
    /// can emit whitespace until max_length and never close the object.
    /// </summary>
    private static string Compact(string schema)
    {
        if (JsonNode.Parse(schema) is not JsonObject root || root.ContainsKey("x-guidance"))
        {
            return schema;
        }

        root["x-guidance"] = new JsonObject { ["whitespace_flexible"] = false };
        return root.ToJsonString();
    }

    private static string? AdapterOf(ChatOptions? options, IReadOnlyCollection<string> adapterNames)
    {
        var requested = options?.AdditionalProperties?.GetValueOrDefault(SlmChatOptionKeys.Adapter) switch
        {
            null => null,
            string name when string.IsNullOrWhiteSpace(name) => null,
            string name => name,
            var other => Convert.ToString(other, CultureInfo.InvariantCulture),
        };
        if (requested is null)
        {
            return null;
        }

        return adapterNames.FirstOrDefault(name => string.Equals(name, requested, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException(
                $"Unknown adapter '{requested}'. Configured adapters ({SlmOptions.SectionName}:{nameof(SlmOptions.Adapters)}): {(adapterNames.Count == 0 ? "none" : string.Join(", ", adapterNames))}.");
    }
}

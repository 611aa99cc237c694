namespace SlmAssistant.Tools.FineTuning.Onnx;

/// <summary>
/// The LoRA inputs of an ONNX model and what they mean for training: the PEFT <c>target_modules</c> and the rank.
/// </summary>
/// <remarks>
/// Two namings are recognised. PEFT's, kept by Olive's ExtractAdapters and the GenAI model builder
/// (<c>model.layers.0.self_attn.q_proj.lora_A.weight</c>): the module is the segment before <c>lora_A</c>/<c>lora_B</c>.
/// The tiny model's (<c>lora.A</c>, <c>lora.B</c>): the module is the segment before <c>A</c>/<c>B</c>.
/// </remarks>
public sealed record LoraLayout(IReadOnlyList<LoraInput> Inputs)
{
    public bool IsEmpty => Inputs.Count == 0;

    /// <summary>The distinct modules, in the model's input order (what PEFT's <c>target_modules</c> gets).</summary>
    public IReadOnlyList<string> TargetModules => Inputs.Select(input => input.Module).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The rank every LoRA input fixes; <see langword="null"/> when the rank dims are symbolic (any rank loads).</summary>
    public long? FixedRank => Inputs.FirstOrDefault(input => input.Rank.IsFixed)?.Rank.Value;

    /// <summary>The ONNX element type of the LoRA inputs (1 = float, 10 = float16).</summary>
    public int ElementType => Inputs.Count == 0 ? 0 : Inputs[0].Input.ElementType;

    /// <exception cref="InvalidDataException">The LoRA inputs fix different ranks: no one adapter fits them all.</exception>
    public static LoraLayout From(IEnumerable<OnnxGraphInput> inputs)
    {
        var lora = inputs.Select(Recognise).OfType<LoraInput>().ToList();
        var ranks = lora.Where(input => input.Rank.IsFixed).Select(input => input.Rank.Value!.Value).Distinct().ToList();
        return ranks.Count <= 1
            ? new LoraLayout(lora)
            : throw new InvalidDataException($"The model's LoRA inputs fix different ranks ({string.Join(", ", ranks)}); one adapter cannot fit them all.");
    }

    public static LoraInput? Recognise(OnnxGraphInput input)
    {
        var segments = input.Name.Split('.');
        for (var i = 1; i < segments.Length; i++)
        {
            var side = Side(segments[i], segments[i - 1]);
            if (side is null)
            {
                continue;
            }

            var module = segments[i].StartsWith("lora_", StringComparison.OrdinalIgnoreCase) ? segments[i - 1] : ModuleBefore(segments, i);
            if (input.Shape.Count != 2 || string.IsNullOrEmpty(module))
            {
                return null;
            }

            return new LoraInput(input, module, side.Value, side == 'A' ? input.Shape[1] : input.Shape[0]);
        }

        return null;
    }

    private static char? Side(string segment, string previous)
    {
        if (segment.Equals("lora_A", StringComparison.OrdinalIgnoreCase))
        {
            return 'A';
        }

        if (segment.Equals("lora_B", StringComparison.OrdinalIgnoreCase))
        {
            return 'B';
        }

        return previous.Equals("lora", StringComparison.OrdinalIgnoreCase) && segment is "A" or "B" ? segment[0] : null;
    }

    /// <summary><c>x.q_proj.lora.A</c> adapts <c>q_proj</c>; a bare <c>lora.A</c> (the tiny model) adapts the module "lora".</summary>
    private static string ModuleBefore(string[] segments, int side) => side >= 2 ? segments[side - 2] : segments[side - 1];
}

using SlmAssistant.Tools.FineTuning.Onnx;

namespace SlmAssistant.Tools.FineTuning.Import;

/// <summary>
/// Whether an adapter loads into a model: every parameter must name a graph input, with the input's element type and
/// number of dims, each fixed dim equal, and each symbolic dim (the LoRA rank) one value across the whole adapter.
/// These are the checks ONNX Runtime makes when the adapter is activated, made before it can reach a running host.
/// </summary>
public static class AdapterCompatibility
{
    /// <summary>The first tensor that does not fit, or <see langword="null"/> when the adapter fits.</summary>
    public static AdapterMismatch? Check(AdapterFile adapter, IReadOnlyList<OnnxGraphInput> modelInputs)
    {
        if (adapter.Parameters.Count == 0)
        {
            return new AdapterMismatch(string.Empty, "the adapter has no parameters");
        }

        var inputs = modelInputs.ToDictionary(input => input.Name, StringComparer.Ordinal);
        var symbols = new Dictionary<string, (long Value, string Tensor)>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tensor in adapter.Parameters)
        {
            if (!seen.Add(tensor.Name))
            {
                return new AdapterMismatch(tensor.Name, "appears twice in the adapter");
            }

            if (!inputs.TryGetValue(tensor.Name, out var input))
            {
                return new AdapterMismatch(tensor.Name, "is not an input of the model");
            }

            if (tensor.DataType != input.ElementType)
            {
                return new AdapterMismatch(tensor.Name, $"has data type {tensor.DataType}, the model's input takes {input.ElementType}");
            }

            if (tensor.Dims.Count != input.Shape.Count)
            {
                return new AdapterMismatch(tensor.Name, $"has shape {tensor.ShapeText}, the model's input is {input.ShapeText}");
            }

            for (var i = 0; i < tensor.Dims.Count; i++)
            {
                var expected = input.Shape[i];
                var actual = tensor.Dims[i];
                if (expected.Value is { } fixedSize && fixedSize != actual)
                {
                    return new AdapterMismatch(tensor.Name, $"has shape {tensor.ShapeText}, the model's input is {input.ShapeText} (dim {i})");
                }

                if (expected.Symbol is { } symbol)
                {
                    if (symbols.TryGetValue(symbol, out var bound) && bound.Value != actual)
                    {
                        return new AdapterMismatch(tensor.Name, $"sets {symbol} = {actual}, but '{bound.Tensor}' set it to {bound.Value}");
                    }

                    symbols[symbol] = (actual, tensor.Name);
                }
            }
        }

        return null;
    }
}

using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SlmAssistant.Embeddings.Generation;
using SlmAssistant.Embeddings.Model;

namespace SlmAssistant.Host.Features.OpenAI;

/// <summary>
/// <c>POST /v1/embeddings</c> with the shipped snowflake-arctic-embed-xs: a string or an array of strings, as
/// <c>float</c> arrays or <c>base64</c> (little-endian float32, which the openai npm client asks for by default).
/// Texts are embedded as given (no query prefix); one longer than the model's 512 tokens is refused, not cut.
/// </summary>
public static class EmbeddingsEndpoint
{
    public static async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<OpenAIServingOptions>>().Value;
        try
        {
            var body = await OpenAIJsonBody.ReadAsync(context, options.MaxRequestBytes);
            var model = body.RequiredString("model");
            if (!string.Equals(model, ArcticXsModel.Name, StringComparison.OrdinalIgnoreCase))
            {
                throw new OpenAIRequestException(OpenAIError.BadRequest($"The model '{model}' does not exist; this server's embedding model is '{ArcticXsModel.Name}'.", "model", "model_not_found"));
            }

            var base64 = body.OptionalString("encoding_format") switch
            {
                null or "float" => false,
                "base64" => true,
                _ => throw OpenAIRequestException.Invalid("encoding_format", "'float' or 'base64'"),
            };
            if (body.OptionalInteger("dimensions", 1, int.MaxValue) is long dimensions && dimensions != ArcticXsModel.Dimensions)
            {
                throw new OpenAIRequestException(OpenAIError.BadRequest(
                    string.Create(CultureInfo.InvariantCulture, $"{ArcticXsModel.Name} has {ArcticXsModel.Dimensions} dimensions; 'dimensions' cannot change that."), "dimensions", "invalid_value"));
            }

            var inputs = Inputs(body, options.MaxEmbeddingInputs, services.GetRequiredService<WordPieceTokenizer>());
            var generator = services.GetRequiredService<ArcticEmbeddingGenerator>();
            var embeddings = await Task.Run(() => generator.GenerateAsync(inputs, cancellationToken: context.RequestAborted), context.RequestAborted);
            var tokens = embeddings.Usage?.InputTokenCount ?? 0;
            await context.Response.WriteAsJsonAsync(
                new
                {
                    @object = "list",
                    data = embeddings.Select((embedding, index) => new
                    {
                        @object = "embedding",
                        index,
                        embedding = base64 ? (object)Convert.ToBase64String(MemoryMarshal.AsBytes(embedding.Vector.Span)) : embedding.Vector.ToArray(),
                    }).ToArray(),
                    model = ArcticXsModel.Name,
                    usage = new { prompt_tokens = tokens, total_tokens = tokens },
                },
                OpenAIError.Json,
                context.RequestAborted);
        }
        catch (OpenAIRequestException e) when (!context.Response.HasStarted)
        {
            await e.Error.WriteAsync(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away.
        }
    }

    private static List<string> Inputs(OpenAIJsonBody body, int maxInputs, WordPieceTokenizer tokenizer)
    {
        var inputs = body.Get("input") switch
        {
            null => throw new OpenAIRequestException(OpenAIError.BadRequest("Missing required parameter: 'input'.", "input", "missing_required_parameter")),
            { ValueKind: JsonValueKind.String } one => [one.GetString()!],
            { ValueKind: JsonValueKind.Array } many when many.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String) =>
                many.EnumerateArray().Select(item => item.GetString()!).ToList(),
            { ValueKind: JsonValueKind.Array } => throw new OpenAIRequestException(OpenAIError.BadRequest(
                "'input' must be a string or an array of strings; token arrays are not supported by this server.", "input", "invalid_value")),
            _ => throw OpenAIRequestException.Invalid("input", "a string or an array of strings"),
        };
        if (inputs.Count == 0 || inputs.Count > maxInputs)
        {
            throw OpenAIRequestException.Invalid("input", string.Create(CultureInfo.InvariantCulture, $"1 to {maxInputs} strings"));
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].Length == 0)
            {
                throw OpenAIRequestException.Invalid($"input[{i}]", "a non-empty string");
            }

            if (tokenizer.CountTokens(inputs[i]) is var count && count > ArcticXsModel.MaxTokens)
            {
                throw new OpenAIRequestException(OpenAIError.BadRequest(
                    string.Create(CultureInfo.InvariantCulture, $"input[{i}] has {count} tokens; {ArcticXsModel.Name} takes at most {ArcticXsModel.MaxTokens}."), $"input[{i}]", "context_length_exceeded"));
            }
        }

        return inputs;
    }
}

using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using SlmAssistant.Embeddings.Model;
using SlmAssistant.Inference.Onnx;
using SlmAssistant.Inference.Onnx.Chat;

namespace SlmAssistant.Host.Features.OpenAI;

/// <summary><c>GET /v1/models</c> and <c>GET /v1/models/{id}</c>: the local chat model (when one is configured) and the embedder.</summary>
public static class OpenAIModels
{
    public const string Owner = "slm-assistant";

    private static readonly long Created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public static string ChatModelId(OpenAIServingOptions options, OnnxChatClient local)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(local);
        return string.IsNullOrWhiteSpace(options.ChatModelId) ? local.ModelId ?? "local" : options.ChatModelId.Trim();
    }

    public static IResult List(IServiceProvider services, IOptions<OpenAIServingOptions> options) =>
        Results.Json(new { @object = "list", data = Ids(services, options.Value).Select(Model).ToArray() }, OpenAIError.Json);

    public static IResult Get(string id, IServiceProvider services, IOptions<OpenAIServingOptions> options) =>
        Ids(services, options.Value).FirstOrDefault(known => string.Equals(known, id, StringComparison.OrdinalIgnoreCase)) is { } found
            ? Results.Json(Model(found), OpenAIError.Json)
            : new OpenAIError(StatusCodes.Status404NotFound, $"The model '{id}' does not exist.", OpenAIError.InvalidRequest, "model", "model_not_found").ToResult();

    private static IEnumerable<string> Ids(IServiceProvider services, OpenAIServingOptions options)
    {
        if (services.GetKeyedService<IChatClient>(InferenceServiceCollectionExtensions.LocalChatClientKey)?.GetService<OnnxChatClient>() is { } local)
        {
            yield return ChatModelId(options, local);
        }

        yield return ArcticXsModel.Name;
    }

    private static object Model(string id) => new { id, @object = "model", created = Created, owned_by = Owner };
}

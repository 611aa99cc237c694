using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using SlmAssistant.Inference.Onnx;
using SlmAssistant.Inference.Onnx.Chat;
using SlmAssistant.Inference.Onnx.Hosting;

namespace SlmAssistant.Host.Features.OpenAI;

/// <summary>
/// <c>POST /v1/chat/completions</c> over the local model (the <c>"local"</c> keyed <see cref="IChatClient"/>, as it is:
/// no retrieval, no grounding), non-streaming or as server-sent events ending in <c>data: [DONE]</c>. The prompt is
/// counted with the model's tokenizer first, so one that leaves no room for the reply is a 400, not a failed
/// generation; errors before the first token (an unusable schema, say) are answered before any event is sent.
/// </summary>
public static class ChatCompletionsEndpoint
{
    public static async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<OpenAIServingOptions>>().Value;
        var cancellationToken = context.RequestAborted;
        IAsyncEnumerator<ChatResponseUpdate>? updates = null;
        try
        {
            var request = ChatCompletionRequest.From(await OpenAIJsonBody.ReadAsync(context, options.MaxRequestBytes));
            var client = services.GetKeyedService<IChatClient>(InferenceServiceCollectionExtensions.LocalChatClientKey);
            if (client?.GetService<OnnxChatClient>() is not { } local)
            {
                throw new OpenAIRequestException(new OpenAIError(StatusCodes.Status404NotFound,
                    $"The model '{request.Model}' does not exist: no local chat model is configured on this server (Slm:ModelPath), it serves embeddings only.",
                    OpenAIError.InvalidRequest, "model", "model_not_found"));
            }

            var modelId = OpenAIModels.ChatModelId(options, local);
            if (!string.Equals(request.Model, modelId, StringComparison.OrdinalIgnoreCase))
            {
                throw new OpenAIRequestException(OpenAIError.BadRequest($"The model '{request.Model}' does not exist; this server's chat model is '{modelId}'.", "model", "model_not_found"));
            }

            CheckContext(local, request);
            updates = client.GetStreamingResponseAsync(request.Messages, request.Options, cancellationToken).GetAsyncEnumerator(cancellationToken);
            var any = await FirstAsync(updates, request);
            var completion = new ChatCompletionWriter(modelId);
            if (request.Stream)
            {
                await StreamAsync(context, completion, updates, any, request.IncludeUsage, cancellationToken);
                return;
            }

            var all = new List<ChatResponseUpdate>();
            for (var more = any; more; more = await updates.MoveNextAsync())
            {
                all.Add(updates.Current);
            }

            await context.Response.WriteAsJsonAsync(completion.Completion(all.ToChatResponse()), OpenAIError.Json, cancellationToken);
        }
        catch (OpenAIRequestException e) when (!context.Response.HasStarted)
        {
            await e.Error.WriteAsync(context);
        }
        catch (SlmModelException e) when (!context.Response.HasStarted)
        {
            await new OpenAIError(StatusCodes.Status503ServiceUnavailable, $"The local model is unavailable: {e.Message}", "server_error", null, "model_unavailable").WriteAsync(context);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away: nothing to answer.
        }
        finally
        {
            if (updates is not null)
            {
                await updates.DisposeAsync();
            }
        }
    }

    /// <summary>The prompt plus the reply it asks for must fit the model: <c>Slm:MaxLength</c> capped by its context length.</summary>
    private static void CheckContext(OnnxChatClient local, ChatCompletionRequest request)
    {
        var maxLength = local.MaxLength;
        var prompt = local.CountPromptTokens(request.Messages);
        var reply = request.Options.MaxOutputTokens ?? 1;
        if ((long)prompt + reply > maxLength)
        {
            throw new OpenAIRequestException(OpenAIError.BadRequest(
                string.Create(CultureInfo.InvariantCulture,
                    $"This model's maximum context length is {maxLength} tokens. However, you requested {prompt + (long)reply} tokens ({prompt} in the messages, {reply} in the completion). Please reduce the length of the messages or completion."),
                "messages",
                "context_length_exceeded"));
        }
    }

    /// <summary>Runs the generation up to its first update, mapping refusals of the request to 400.</summary>
    private static async Task<bool> FirstAsync(IAsyncEnumerator<ChatResponseUpdate> updates, ChatCompletionRequest request)
    {
        try
        {
            return await updates.MoveNextAsync();
        }
        catch (ArgumentException e)
        {
            throw new OpenAIRequestException(e.Message, e);
        }
        catch (Exception e) when (request.Constrained && e is not OperationCanceledException and not SlmModelException)
        {
            // ORT GenAI rejects a schema its guidance cannot compile when the generator is set up.
            throw new OpenAIRequestException(OpenAIError.BadRequest(
                $"The response_format's JSON schema could not be used for constrained decoding: {e.Message}", "response_format", "invalid_value"));
        }
    }

    private static async Task StreamAsync(
        HttpContext context, ChatCompletionWriter completion, IAsyncEnumerator<ChatResponseUpdate> updates, bool any, bool includeUsage, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        await SendAsync(response, completion.RoleChunk(), cancellationToken);
        string? finishReason = null;
        UsageDetails? usage = null;
        for (var more = any; more; more = await updates.MoveNextAsync())
        {
            var update = updates.Current;
            if (update.Text is { Length: > 0 } text)
            {
                await SendAsync(response, completion.ContentChunk(text), cancellationToken);
            }

            finishReason = update.FinishReason is { } reason ? ChatCompletionWriter.FinishReason(reason) : finishReason;
            usage = update.Contents.OfType<UsageContent>().FirstOrDefault()?.Details ?? usage;
        }

        await SendAsync(response, completion.FinishChunk(finishReason ?? "stop"), cancellationToken);
        if (includeUsage)
        {
            await SendAsync(response, completion.UsageChunk(usage), cancellationToken);
        }

        await response.WriteAsync("data: [DONE]\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    private static async Task SendAsync(HttpResponse response, object chunk, CancellationToken cancellationToken)
    {
        await response.WriteAsync("data: " + JsonSerializer.Serialize(chunk, OpenAIError.Json) + "\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}

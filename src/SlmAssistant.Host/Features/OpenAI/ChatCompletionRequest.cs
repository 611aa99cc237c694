using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace SlmAssistant.Host.Features.OpenAI;

/// <summary>
/// A checked <c>POST /v1/chat/completions</c> body: messages (system/developer, user, assistant; text content as a
/// string or text parts), <c>stream</c>, <c>stream_options.include_usage</c>, <c>max_tokens</c> or
/// <c>max_completion_tokens</c>, <c>temperature</c>, <c>top_p</c>, <c>seed</c>, <c>stop</c> and <c>response_format</c>
/// (text, json_object, json_schema), as <see cref="ChatOptions"/> for the local model. Tools, images and n &gt; 1 are refused.
/// </summary>
public sealed record ChatCompletionRequest(
    string Model,
    IReadOnlyList<ChatMessage> Messages,
    ChatOptions Options,
    bool Stream,
    bool IncludeUsage,
    bool Constrained)
{
    private const int MaxStopSequences = 4;

    public static ChatCompletionRequest From(OpenAIJsonBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var model = body.RequiredString("model");
        var messages = ReadMessages(body);
        if (body.OptionalInteger("n", 1, 1) is null && body.Get("n") is not null)
        {
            throw OpenAIRequestException.Invalid("n", "1");
        }

        if (body.Get("tools") is { ValueKind: JsonValueKind.Array } tools && tools.GetArrayLength() > 0)
        {
            throw new OpenAIRequestException(OpenAIError.BadRequest("Tools (function calling) are not supported by this server.", "tools", "unsupported_parameter"));
        }

        if (body.OptionalBool("logprobs") is true)
        {
            throw new OpenAIRequestException(OpenAIError.BadRequest("logprobs are not supported by this server.", "logprobs", "unsupported_parameter"));
        }

        var maxTokens = body.OptionalInteger("max_completion_tokens", 1, int.MaxValue) ?? body.OptionalInteger("max_tokens", 1, int.MaxValue);
        var options = new ChatOptions
        {
            MaxOutputTokens = (int?)maxTokens,
            Temperature = (float?)body.OptionalNumber("temperature", 0, 2),
            TopP = (float?)body.OptionalNumber("top_p", 0, 1),
            Seed = body.OptionalInteger("seed", long.MinValue, long.MaxValue),
            StopSequences = Stop(body),
        };
        options.ResponseFormat = ResponseFormat(body);
        var streamOptions = body.Get("stream_options");
        var includeUsage = streamOptions is { ValueKind: JsonValueKind.Object } so && so.TryGetProperty("include_usage", out var usage) && usage.ValueKind == JsonValueKind.True;
        return new ChatCompletionRequest(model, messages, options, body.OptionalBool("stream") ?? false, includeUsage, options.ResponseFormat is ChatResponseFormatJson);
    }

    private static List<ChatMessage> ReadMessages(OpenAIJsonBody body)
    {
        var list = body.Get("messages") switch
        {
            null => throw new OpenAIRequestException(OpenAIError.BadRequest("Missing required parameter: 'messages'.", "messages", "missing_required_parameter")),
            { ValueKind: JsonValueKind.Array } array when array.GetArrayLength() > 0 => array,
            { ValueKind: JsonValueKind.Array } => throw new OpenAIRequestException(OpenAIError.BadRequest("'messages' must contain at least one message.", "messages", "empty_array")),
            _ => throw OpenAIRequestException.Invalid("messages", "an array of messages"),
        };
        var messages = new List<ChatMessage>();
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var param = $"messages[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw OpenAIRequestException.Invalid(param, "an object with 'role' and 'content'");
            }

            var role = item.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            var chatRole = role switch
            {
                "system" or "developer" => ChatRole.System,
                "user" => ChatRole.User,
                "assistant" => ChatRole.Assistant,
                "tool" or "function" => throw new OpenAIRequestException(OpenAIError.BadRequest($"{param}: '{role}' messages are not supported by this server (no tools).", $"{param}.role", "unsupported_value")),
                _ => throw OpenAIRequestException.Invalid($"{param}.role", "one of 'system', 'developer', 'user', 'assistant'"),
            };
            messages.Add(new ChatMessage(chatRole, Content(item, param)));
        }

        if (messages.All(message => string.IsNullOrEmpty(message.Text)))
        {
            throw new OpenAIRequestException(OpenAIError.BadRequest("No message has any text content.", "messages", "invalid_value"));
        }

        return messages;
    }

    private static string Content(JsonElement message, string param)
    {
        if (!message.TryGetProperty("content", out var content) || content.ValueKind == JsonValueKind.Null)
        {
            return string.Empty;
        }

        if (content.ValueKind == JsonValueKind.String)
        {
            return content.GetString()!;
        }

        if (content.ValueKind != JsonValueKind.Array)
        {
            throw OpenAIRequestException.Invalid($"{param}.content", "a string or an array of text parts");
        }

        var text = new StringBuilder();
        foreach (var part in content.EnumerateArray())
        {
            var type = part.ValueKind == JsonValueKind.Object && part.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type != "text" || !part.TryGetProperty("text", out var value) || value.ValueKind != JsonValueKind.String)
            {
                throw new OpenAIRequestException(OpenAIError.BadRequest(
                    $"{param}.content: only text parts ({{\"type\":\"text\",\"text\":...}}) are supported by this server.", $"{param}.content", "unsupported_value"));
            }

            text.Append(value.GetString());
        }

        return text.ToString();
    }

    private static List<string>? Stop(OpenAIJsonBody body)
    {
        switch (body.Get("stop"))
        {
            case null:
                return null;
            case { ValueKind: JsonValueKind.String } one:
                return [one.GetString()!];
            case { ValueKind: JsonValueKind.Array } many when many.GetArrayLength() <= MaxStopSequences
                                                            && many.EnumerateArray().All(s => s.ValueKind == JsonValueKind.String):
                return [.. many.EnumerateArray().Select(s => s.GetString()!)];
            default:
                throw OpenAIRequestException.Invalid("stop", $"a string or an array of at most {MaxStopSequences} strings");
        }
    }

    /// <summary>json_schema and json_object become constrained decoding (ORT GenAI guidance); json_object is the schema {"type":"object"}.</summary>
    private static ChatResponseFormatJson? ResponseFormat(OpenAIJsonBody body)
    {
        if (body.Get("response_format") is not { } format)
        {
            return null;
        }

        var type = format.ValueKind == JsonValueKind.Object && format.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        switch (type)
        {
            case "text":
                return null;
            case "json_object":
                return ChatResponseFormat.Json;
            case "json_schema":
                if (!format.TryGetProperty("json_schema", out var spec) || spec.ValueKind != JsonValueKind.Object
                    || !spec.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.Object)
                {
                    throw OpenAIRequestException.Invalid("response_format.json_schema.schema", "a JSON schema object");
                }

                var name = spec.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                return ChatResponseFormat.ForJsonSchema(schema.Clone(), name);
            default:
                throw OpenAIRequestException.Invalid("response_format.type", "one of 'text', 'json_object', 'json_schema'");
        }
    }
}

namespace SlmAssistant.TestKit.Cloud;

/// <summary>A request the fake cloud received, exactly as sent, and what it answered.</summary>
/// <param name="Deployment">The Azure deployment from /openai/deployments/{d}/…; null on the OpenAI route.</param>
/// <param name="ApiVersion">Azure's api-version query value; null on the OpenAI route.</param>
/// <param name="Credential">The bearer token (OpenAI) or api-key header (Azure) that came with the request.</param>
/// <param name="Body">The raw JSON body.</param>
/// <param name="StatusCode">What the fake answered: a scripted failure or 200.</param>
/// <param name="Reply">The assistant text it answered with; null for a failure.</param>
/// <param name="PromptTokens">The usage it reported: message characters / 4.</param>
/// <param name="CompletionTokens">The usage it reported: reply characters / 4.</param>
public sealed record FakeCloudRequest(
    string Path,
    string? Deployment,
    string? ApiVersion,
    string? Credential,
    string Body,
    string? Model,
    bool Stream,
    IReadOnlyList<FakeChatMessage> Messages,
    int StatusCode,
    string? Reply,
    int PromptTokens,
    int CompletionTokens);

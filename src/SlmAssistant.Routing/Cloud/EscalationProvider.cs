namespace SlmAssistant.Routing.Cloud;

public enum EscalationProvider
{
    /// <summary>No cloud: out-of-scope questions get the polite fixed reply. The default.</summary>
    None,

    /// <summary>OpenAI, or any OpenAI-compatible server at <see cref="EscalationOptions.Endpoint"/>.</summary>
    OpenAI,

    AzureOpenAI,
}

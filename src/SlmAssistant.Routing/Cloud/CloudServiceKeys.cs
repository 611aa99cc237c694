namespace SlmAssistant.Routing.Cloud;

public static class CloudServiceKeys
{
    /// <summary>The DI key of the cloud chat completion service (the local model is "local").</summary>
    public const string Cloud = "cloud";

    /// <summary>The IHttpClientFactory name (and resilience pipeline name) of the cloud's HttpClient.</summary>
    public const string HttpClient = "cloud";
}

namespace SlmAssistant.Host.Tests.OpenAI;

/// <summary>The tests that share one host with the OpenAI-compatible endpoint enabled.</summary>
[CollectionDefinition(Name)]
public sealed class OpenAIHostGroup : ICollectionFixture<OpenAIHostFixture>
{
    public const string Name = "OpenAI host";
}

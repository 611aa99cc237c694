namespace SlmAssistant.Retrieval.Tests.Support;

[CollectionDefinition(Name)]
public sealed class SharedModel : ICollectionFixture<ModelFixture>
{
    public const string Name = "arctic-embed-xs";
}

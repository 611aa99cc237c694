namespace SlmAssistant.Answering.Tests.Support;

/// <summary>One set of tiny models for the run; the tests using them run one after another (2 shared cores).</summary>
[CollectionDefinition(Name)]
public sealed class UsesAnswerModels : ICollectionFixture<AnswerModels>
{
    public const string Name = "Answer models";
}

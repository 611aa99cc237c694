using SlmAssistant.TestKit.Models;

namespace SlmAssistant.Tools.Tests;

/// <summary>One set of tiny models for the whole run; the tests in it run one after another (2 shared cores).</summary>
[CollectionDefinition(Name)]
public sealed class TinyModels : ICollectionFixture<TinyModelFixture>
{
    public const string Name = "Tiny models";
}

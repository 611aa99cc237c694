namespace SlmAssistant.Routing.Tests.Support;

/// <summary>One router over the repository's exemplars for the tests that share it (embedding them once).</summary>
public sealed class RepositoryRouter : IDisposable
{
    public RouterHost Host { get; } = new();

    public void Dispose() => Host.Dispose();
}

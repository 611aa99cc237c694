namespace SlmAssistant.Bot.Tests.Infrastructure;

/// <summary>
/// A fresh folder under the temp directory, deleted on dispose. (TestKit has the same helper, but referencing it would
/// build the ONNX inference project into every bot test run.)
/// </summary>
public sealed class TestDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"slm-bot-test-{Guid.NewGuid():N}");

    public TestDirectory() => Directory.CreateDirectory(Path);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

namespace SlmAssistant.Bot.Tests.Infrastructure;

/// <summary>The repository the tests run from, for its real plugins/Domains profiles.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Plugins => System.IO.Path.Combine(Path, "plugins");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SlmAssistant.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"SlmAssistant.sln not found above {AppContext.BaseDirectory}.");
    }
}

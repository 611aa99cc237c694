namespace SlmAssistant.TestKit;

/// <summary>Finds the repository's own folders (knowledge/, plugins/, tests/eval/) from a test's output directory.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Knowledge => Path.Combine(Root, "knowledge");

    public static string Plugins => Path.Combine(Root, "plugins");

    public static string EvalQuestions => Path.Combine(Root, "tests", "eval");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SlmAssistant.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"SlmAssistant.sln not found above {AppContext.BaseDirectory}.");
    }
}

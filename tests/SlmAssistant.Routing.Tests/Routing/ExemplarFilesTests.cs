using SlmAssistant.Routing.Routing;
using SlmAssistant.Routing.Tests.Support;
using SlmAssistant.TestKit;

namespace SlmAssistant.Routing.Tests.Routing;

public class ExemplarFilesTests
{
    [Fact]
    public void EveryTextFileIsALabelWithOneExamplePerLine()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("gardening.txt"), "# how plants are cared for\nwhen should I water tomatoes\n\n  how do I prune roses  \n");
        File.WriteAllText(temp.Combine("notes.md"), "not an exemplar file");

        var exemplars = ExemplarFiles.Load(temp.Path);

        Assert.Equal(["when should I water tomatoes", "how do I prune roses"], exemplars.Select(e => e.Text));
        Assert.All(exemplars, e => Assert.Equal("gardening", e.Label));
    }

    [Fact]
    public void RepositoryExemplarsHaveTheSpecialLabelsAndAtLeastOneDomain()
    {
        var labels = ExemplarFiles.Load(RouterHost.RepositoryExemplars).Select(e => e.Label).Distinct().ToList();

        Assert.Contains("emergency", labels);
        Assert.Contains("handoff", labels);
        Assert.Contains("smalltalk", labels);
        Assert.Contains("medical", labels);
    }

    [Fact]
    public void MissingFolderIsNamedInTheError()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() => ExemplarFiles.Load("/no/such/exemplars"));

        Assert.Contains("/no/such/exemplars", error.Message, StringComparison.Ordinal);
    }
}

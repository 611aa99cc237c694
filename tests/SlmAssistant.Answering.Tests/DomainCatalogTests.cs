using Microsoft.Extensions.Options;
using SlmAssistant.Answering.Domains;
using SlmAssistant.TestKit;

namespace SlmAssistant.Answering.Tests;

public class DomainCatalogTests
{
    [Fact]
    public void LoadsTheShippedDomainProfilesWithTheirDisclaimers()
    {
        var catalog = new DomainCatalog(Options.Create(new AnsweringOptions { PluginsDirectory = RepositoryPaths.Plugins }));

        Assert.Contains("911", catalog.Resolve("medical").Disclaimer, StringComparison.Ordinal);
        Assert.Contains("not legal advice", catalog.Resolve("legal").Disclaimer, StringComparison.Ordinal);
        Assert.Null(catalog.Resolve("return-policy").Disclaimer);
    }

    [Fact]
    public void UnknownDomainGetsAFallbackWithAHandoff()
    {
        var catalog = new DomainCatalog([]);

        var profile = catalog.Resolve("gardening");

        Assert.Equal("gardening", profile.Name);
        Assert.False(string.IsNullOrWhiteSpace(profile.Handoff));
    }

    [Fact]
    public void InvalidProfileNamesTheFile()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "Domains"));
        File.WriteAllText(Path.Combine(temp.Path, "Domains", "broken.json"), "{ not json");

        var error = Assert.Throws<InvalidDataException>(() => new DomainCatalog(Options.Create(new AnsweringOptions { PluginsDirectory = temp.Path })));

        Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
    }
}

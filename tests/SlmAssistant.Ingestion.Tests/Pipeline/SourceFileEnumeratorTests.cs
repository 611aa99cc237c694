using SlmAssistant.Ingestion.Pipeline;
using SlmAssistant.Ingestion.Tests.Support;

namespace SlmAssistant.Ingestion.Tests.Pipeline;

public sealed class SourceFileEnumeratorTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void FoldersAreWalkedRecursivelyInNameOrderWithDomainsFromTheFirstFolder()
    {
        _temp.Write("knowledge/medical/b.md", "b");
        _temp.Write("knowledge/medical/sub/a.md", "a");
        _temp.Write("knowledge/legal/terms.txt", "t");
        _temp.Write("knowledge/readme.md", "r");

        var plan = SourceFileEnumerator.Plan(["knowledge"], domain: null, currentDirectory: _temp.Path);

        Assert.Equal(
            [("legal/terms.txt", "legal"), ("medical/b.md", "medical"), ("medical/sub/a.md", "medical"), ("knowledge/readme.md", "knowledge")],
            plan.Files.Select(f => (f.Source, f.Domain)));
        Assert.Equal([Path.Combine(_temp.Path, "knowledge")], plan.DirectoryRoots);
    }

    [Fact]
    public void AnExplicitDomainAppliesToEveryFile()
    {
        _temp.Write("knowledge/medical/a.md", "a");
        _temp.Write("knowledge/b.md", "b");

        var plan = SourceFileEnumerator.Plan(["knowledge"], domain: "support", currentDirectory: _temp.Path);

        Assert.All(plan.Files, file => Assert.Equal("support", file.Domain));
    }

    [Fact]
    public void HiddenFilesAndFoldersAreSkipped()
    {
        _temp.Write("knowledge/visible.md", "v");
        _temp.Write("knowledge/.draft.md", "d");
        _temp.Write("knowledge/.git/config", "c");

        var plan = SourceFileEnumerator.Plan(["knowledge"], null, _temp.Path);

        Assert.Equal(["knowledge/visible.md"], plan.Files.Select(f => f.Source));
    }

    [Fact]
    public void SymbolicLinksAreNotFollowedOutOfTheRoot()
    {
        var outside = _temp.Write("secrets/passwords.txt", "p");
        var inside = _temp.Write("knowledge/faq.md", "f");
        Directory.CreateDirectory(Path.Combine(_temp.Path, "secrets/dir"));
        File.CreateSymbolicLink(Path.Combine(_temp.Path, "knowledge/leak.txt"), outside);
        File.CreateSymbolicLink(Path.Combine(_temp.Path, "knowledge/alias.md"), inside);
        Directory.CreateSymbolicLink(Path.Combine(_temp.Path, "knowledge/linked-dir"), Path.Combine(_temp.Path, "secrets"));

        var plan = SourceFileEnumerator.Plan(["knowledge"], null, _temp.Path);

        Assert.Equal(["knowledge/alias.md", "knowledge/faq.md"], plan.Files.Select(f => f.Source));
    }

    [Fact]
    public void SingleFilesAreListedOnceAndMissingPathsAreReported()
    {
        _temp.Write("knowledge/legal/terms.txt", "t");

        var plan = SourceFileEnumerator.Plan(["knowledge/legal/terms.txt", "knowledge", "nowhere.md"], null, _temp.Path);

        Assert.Equal([("legal/terms.txt", "legal")], plan.Files.Select(f => (f.Source, f.Domain)));
        Assert.Equal(["nowhere.md"], plan.Missing);
    }

    [Fact]
    public void AFolderGivenRelativeOrAbsoluteFromAnyDirectoryPlansTheSameSources()
    {
        _temp.Write("knowledge/medical/a.md", "a");
        _temp.Write("knowledge/b.md", "b");
        var elsewhere = Directory.CreateDirectory(Path.Combine(_temp.Path, "app")).FullName;

        var relative = SourceFileEnumerator.Plan(["knowledge"], null, _temp.Path);
        var absolute = SourceFileEnumerator.Plan([Path.Combine(_temp.Path, "knowledge")], null, elsewhere);
        var both = SourceFileEnumerator.Plan(["knowledge", Path.Combine(_temp.Path, "knowledge")], null, _temp.Path);

        Assert.Equal(["knowledge/b.md", "medical/a.md"], relative.Files.Select(f => f.Source));
        Assert.Equal(relative.Files.Select(f => f.Source), absolute.Files.Select(f => f.Source));
        Assert.Equal(relative.Files.Select(f => f.Source), both.Files.Select(f => f.Source));
    }

    public void Dispose() => _temp.Dispose();
}

using SlmAssistant.Ingestion.Pipeline;

namespace SlmAssistant.Ingestion.Tests.Pipeline;

public sealed class SourceIdentityTests
{
    [Fact]
    public void FileInsideTheCurrentDirectoryIsNamedByItsRelativePath() =>
        Assert.Equal("knowledge/medical/triage.md", SourceIdentity.ForPath("/srv/app/knowledge/medical/triage.md", "/srv/app"));

    [Fact]
    public void RelativePathsAreResolvedAgainstTheCurrentDirectory() =>
        Assert.Equal("knowledge/faq.md", SourceIdentity.ForPath("./knowledge/../knowledge/faq.md", "/srv/app"));

    [Fact]
    public void FileOutsideTheCurrentDirectoryIsNamedByItsAbsolutePath() =>
        Assert.Equal("/data/shared/faq.md", SourceIdentity.ForPath("/data/shared/faq.md", "/srv/app"));

    [Fact]
    public void SiblingFolderWithACommonPrefixIsOutside() =>
        Assert.Equal("/srv/application/faq.md", SourceIdentity.ForPath("/srv/application/faq.md", "/srv/app"));

    [Fact]
    public void DocumentIdIsAShortStableHashOfTheSource()
    {
        var id = SourceIdentity.DocumentId("knowledge/medical/triage.md");

        Assert.Equal(16, id.Length);
        Assert.Matches("^[0-9a-f]{16}$", id);
        Assert.Equal(id, SourceIdentity.DocumentId("knowledge/medical/triage.md"));
        Assert.NotEqual(id, SourceIdentity.DocumentId("knowledge/medical/triage.pdf"));
    }

    [Fact]
    public void DocumentIdIsTheStartOfTheSha256OfTheSource() =>
        // sha256("a") = ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
        Assert.Equal("ca978112ca1bbdca", SourceIdentity.DocumentId("a"));

    [Fact]
    public void ContentHashIsTheSha256OfTheBytes() =>
        Assert.Equal("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb", SourceIdentity.ContentHash("a"u8));
}

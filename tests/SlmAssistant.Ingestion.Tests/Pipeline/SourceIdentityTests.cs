using SlmAssistant.Ingestion.Pipeline;

namespace SlmAssistant.Ingestion.Tests.Pipeline;

public sealed class SourceIdentityTests
{
    [Fact]
    public void AFileInADomainFolderIsNamedByItsPathBelowTheFolderGivenToTheRun() =>
        Assert.Equal("medical/triage.md", SourceIdentity.ForFileUnderRoot("/srv/app/knowledge", "/srv/app/knowledge/medical/triage.md"));

    [Fact]
    public void AFileDeeperInADomainFolderKeepsItsSubfolders() =>
        Assert.Equal("medical/adult/triage.md", SourceIdentity.ForFileUnderRoot("/srv/app/knowledge/", "/srv/app/knowledge/medical/adult/triage.md"));

    [Fact]
    public void AFileDirectlyInTheFolderGivenIsNamedAfterThatFolderAsItsDomainIs() =>
        Assert.Equal("medical/triage.md", SourceIdentity.ForFileUnderRoot("/srv/app/knowledge/medical", "/srv/app/knowledge/medical/triage.md"));

    [Fact]
    public void AFileGivenByItselfIsNamedAfterItsFolder() =>
        Assert.Equal("medical/triage.md", SourceIdentity.ForSingleFile("/srv/app/knowledge/medical/triage.md"));

    [Fact]
    public void TheNameDoesNotDependOnTheDirectoryTheRunStartedIn() =>
        Assert.Equal(
            SourceIdentity.ForFileUnderRoot(Path.GetFullPath("knowledge"), Path.GetFullPath("knowledge/faq/hours.md")),
            SourceIdentity.ForFileUnderRoot("/elsewhere/knowledge", "/elsewhere/knowledge/faq/hours.md"));

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

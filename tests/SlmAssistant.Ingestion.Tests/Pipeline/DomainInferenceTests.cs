using SlmAssistant.Ingestion.Pipeline;

namespace SlmAssistant.Ingestion.Tests.Pipeline;

public sealed class DomainInferenceTests
{
    [Fact]
    public void DomainIsTheFirstFolderBelowTheRoot() =>
        Assert.Equal("medical", DomainInference.ForFileUnderRoot("/srv/knowledge", "/srv/knowledge/medical/x.md"));

    [Fact]
    public void DeeperFoldersStillBelongToTheFirstFolderBelowTheRoot() =>
        Assert.Equal("medical", DomainInference.ForFileUnderRoot("/srv/knowledge/", "/srv/knowledge/medical/cardiology/2024/x.pdf"));

    [Fact]
    public void FilesDirectlyUnderTheRootTakeTheRootFoldersName() =>
        Assert.Equal("knowledge", DomainInference.ForFileUnderRoot("/srv/knowledge/", "/srv/knowledge/x.md"));

    [Fact]
    public void FileGivenByItselfTakesItsFoldersName() =>
        Assert.Equal("legal", DomainInference.ForSingleFile("/srv/knowledge/legal/terms.docx"));

    [Fact]
    public void FileAtTheFileSystemRootFallsBackToTheDefaultDomain() =>
        Assert.Equal(DomainInference.Fallback, DomainInference.ForSingleFile("/terms.docx"));
}

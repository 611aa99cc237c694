namespace SlmAssistant.Cli.FineTuning;

/// <summary>What building a data set found along the way, for its card.</summary>
public sealed class FineTuneStatistics
{
    public int SyntheticQuestions { get; set; }

    /// <summary>Synthetic questions whose own chunk retrieval ranks first: how answerable the writer's questions are.</summary>
    public int SyntheticRankedFirst { get; set; }

    public int ChunksWithFewerQuestions { get; set; }

    public int DuplicatesRemoved { get; set; }

    /// <summary>Personal data the redactor still found in stored customer text (stored text is redacted already).</summary>
    public int RedactedEntities { get; set; }

    /// <summary>Liked answers left out because a document they cite is no longer among the sources retrieved for them.</summary>
    public int LikedWithoutSources { get; set; }

    public double SyntheticRankedFirstShare => SyntheticQuestions == 0 ? 0 : (double)SyntheticRankedFirst / SyntheticQuestions;
}

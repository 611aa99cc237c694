namespace SlmAssistant.Cli.FineTuning;

/// <summary>dataset-card.json: what a data set holds, where it came from and how it was made.</summary>
public sealed record DatasetCard(
    string Domain,
    string Teacher,
    IReadOnlyDictionary<string, DatasetCardFile> Files,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Origins,
    IReadOnlyDictionary<string, DatasetCardDocument> Documents,
    int SyntheticQuestions,
    double SyntheticRankedFirstShare,
    int DuplicatesRemoved,
    int RedactedEntities,
    int LikedWithoutSources,
    FineTuneDatasetOptions Settings)
{
    public static DatasetCard Of(FineTuneDataset dataset, FineTuneDatasetOptions options, string trainSha256, string validationSha256)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var stats = dataset.Statistics;
        var documents = dataset.Train.Select(e => (e.Document, Split: "train"))
            .Concat(dataset.Validation.Select(e => (e.Document, Split: "validation")))
            .GroupBy(x => x.Document, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new DatasetCardDocument(g.First().Split, g.Count()), StringComparer.Ordinal);
        return new DatasetCard(
            options.Domain,
            "offline",
            new Dictionary<string, DatasetCardFile>
            {
                [FineTuneDatasetWriter.TrainFile] = new(dataset.Train.Count, trainSha256),
                [FineTuneDatasetWriter.ValidationFile] = new(dataset.Validation.Count, validationSha256),
            },
            new Dictionary<string, IReadOnlyDictionary<string, int>>
            {
                ["train"] = CountByOrigin(dataset.Train),
                ["validation"] = CountByOrigin(dataset.Validation),
            },
            documents,
            stats.SyntheticQuestions,
            Math.Round(stats.SyntheticRankedFirstShare, 4),
            stats.DuplicatesRemoved,
            stats.RedactedEntities,
            stats.LikedWithoutSources,
            options);
    }

    private static Dictionary<string, int> CountByOrigin(IReadOnlyList<FineTuneExample> examples) =>
        new[] { FineTuneExample.Synthetic, FineTuneExample.Escalation, FineTuneExample.Liked, FineTuneExample.Unanswerable }
            .ToDictionary(origin => origin, origin => examples.Count(e => e.Origin == origin), StringComparer.Ordinal);
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SlmAssistant.Cli.FineTuning;

/// <summary>Writes train.jsonl, validation.jsonl (one example per line, UTF-8) and dataset-card.json into a folder.</summary>
public static class FineTuneDatasetWriter
{
    public const string TrainFile = "train.jsonl";
    public const string ValidationFile = "validation.jsonl";
    public const string CardFile = "dataset-card.json";

    private static readonly JsonSerializerOptions Lines = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Card = new(JsonSerializerOptions.Web) { WriteIndented = true };

    public static async Task<DatasetCard> WriteAsync(
        FineTuneDataset dataset, FineTuneDatasetOptions options, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(directory);
        var train = await WriteLinesAsync(Path.Combine(directory, TrainFile), dataset.Train, cancellationToken);
        var validation = await WriteLinesAsync(Path.Combine(directory, ValidationFile), dataset.Validation, cancellationToken);
        var card = DatasetCard.Of(dataset, options, train, validation);
        await File.WriteAllTextAsync(Path.Combine(directory, CardFile), JsonSerializer.Serialize(card, Card), cancellationToken);
        return card;
    }

    /// <returns>The file's SHA-256, hex.</returns>
    private static async Task<string> WriteLinesAsync(string path, IReadOnlyList<FineTuneExample> examples, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        foreach (var example in examples)
        {
            text.Append(JsonSerializer.Serialize(example, Lines)).Append('\n');
        }

        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
        await File.WriteAllBytesAsync(path, bytes, cancellationToken);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}

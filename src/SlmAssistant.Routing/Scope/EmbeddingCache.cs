using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;

namespace SlmAssistant.Routing.Scope;

/// <summary>
/// Keeps embedding matrices on disk, keyed by a SHA-256 of the model name, the embedding purpose and every text, so
/// a changed exemplar file or model never reuses stale vectors. A missing or unreadable entry is recomputed.
/// </summary>
public sealed class EmbeddingCache(string directory)
{
    private const int FormatVersion = 1;

    public string Directory { get; } = directory;

    public async Task<EmbeddingMatrix> GetOrEmbedAsync(
        IEmbeddingGenerator<string, Embedding<float>> generator,
        IReadOnlyList<string> texts,
        EmbeddingGenerationOptions? options = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(texts);
        var path = Path.Combine(Directory, $"{Key(ModelName(generator), options, texts)}.emb");
        if (TryRead(path, texts.Count) is { } cached)
        {
            progress?.Report(texts.Count);
            return cached;
        }

        var matrix = await TextEmbedder.EmbedAsync(generator, texts, options, progress, cancellationToken: cancellationToken);
        Write(path, matrix);
        return matrix;
    }

    public static string ModelName(IEmbeddingGenerator<string, Embedding<float>> generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();
        return metadata?.DefaultModelId ?? generator.GetType().FullName ?? "unknown";
    }

    public static string Key(string modelName, EmbeddingGenerationOptions? options, IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, $"v{FormatVersion}\n{modelName}\n");
        foreach (var (key, value) in options?.AdditionalProperties ?? [])
        {
            Append(hash, $"{key}={value}\n");
        }

        foreach (var text in texts)
        {
            Append(hash, text);
            Append(hash, "\u0000");
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));

    private static EmbeddingMatrix? TryRead(string path, int expectedRows)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            var rows = reader.ReadInt32();
            var dimensions = reader.ReadInt32();
            if (rows != expectedRows || dimensions <= 0)
            {
                return null;
            }

            var values = new float[rows * dimensions];
            var bytes = reader.ReadBytes(values.Length * sizeof(float));
            if (bytes.Length != values.Length * sizeof(float))
            {
                return null;
            }

            Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
            return EmbeddingMatrix.FromValues(values, dimensions);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private void Write(string path, EmbeddingMatrix matrix)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        using (var writer = new BinaryWriter(File.Create(temp)))
        {
            writer.Write(matrix.Rows);
            writer.Write(matrix.Dimensions);
            writer.Write(MemoryMarshal.AsBytes(matrix.Values));
        }

        File.Move(temp, path, overwrite: true);
    }
}

namespace SlmAssistant.Embeddings.Generation;

/// <summary>Sequences of token ids padded to the longest of them, laid out row-major as the model wants them.</summary>
internal sealed class TokenBatch
{
    private TokenBatch(int count, int length)
    {
        Count = count;
        Length = length;
        InputIds = new long[count * length];
        AttentionMask = new long[count * length];
        TokenTypeIds = new long[count * length];
    }

    public int Count { get; }

    public int Length { get; }

    public long[] InputIds { get; }

    public long[] AttentionMask { get; }

    /// <summary>All zeros: every input is a single segment.</summary>
    public long[] TokenTypeIds { get; }

    /// <summary>Pads with <paramref name="padId"/>; the attention mask hides the padding from the model.</summary>
    public static TokenBatch Create(IReadOnlyList<int[]> sequences, int padId)
    {
        var length = 0;
        foreach (var sequence in sequences)
        {
            length = Math.Max(length, sequence.Length);
        }

        var batch = new TokenBatch(sequences.Count, length);
        for (var row = 0; row < sequences.Count; row++)
        {
            var sequence = sequences[row];
            var ids = batch.InputIds.AsSpan(row * length, length);
            var mask = batch.AttentionMask.AsSpan(row * length, length);
            for (var i = 0; i < sequence.Length; i++)
            {
                ids[i] = sequence[i];
            }

            ids[sequence.Length..].Fill(padId);
            mask[..sequence.Length].Fill(1);
        }

        return batch;
    }
}

namespace SlmAssistant.Routing.Scope;

/// <summary>Training of the linear softmax head (multinomial logistic regression with Adam, mini-batches of 64).</summary>
public sealed record SoftmaxHeadSettings
{
    public int Epochs { get; init; } = 10;

    public float LearningRate { get; init; } = 0.01f;

    /// <summary>
    /// Softmax temperature at inference. Above 1 it flattens the distribution, which separates out-of-scope inputs
    /// better than the likelihood-optimal temperature (about 0.8 on CLINC150 validation); 2 was picked there.
    /// </summary>
    public float Temperature { get; init; } = 2f;

    public int BatchSize { get; init; } = 64;

    /// <summary>Seed of the example shuffling, so a run is reproducible.</summary>
    public int Seed { get; init; } = 17;
}

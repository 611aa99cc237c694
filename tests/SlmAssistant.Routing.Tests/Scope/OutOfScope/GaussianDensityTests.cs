using SlmAssistant.Routing.Scope;
using SlmAssistant.Routing.Scope.OutOfScope;

namespace SlmAssistant.Routing.Tests.Scope.OutOfScope;

public class GaussianDensityTests
{
    /// <summary>
    /// Two labels in 3-D (rows are normalised by the matrix): near (1, 0, 0) and near (0, 1, 0), each spread widely
    /// along z and narrowly along the other axes.
    /// </summary>
    private static (EmbeddingMatrix Inputs, int[] Labels) TwoClusters()
    {
        var random = new Random(5);
        var values = new List<float>();
        var labels = new List<int>();
        for (var i = 0; i < 400; i++)
        {
            var label = i % 2;
            var narrow = (float)((random.NextDouble() - 0.5) * 0.02);
            var wide = (float)((random.NextDouble() - 0.5) * 0.6);
            values.AddRange(label == 0 ? [1f, narrow, wide] : [narrow, 1f, wide]);
            labels.Add(label);
        }

        return (EmbeddingMatrix.FromValues([.. values], 3), [.. labels]);
    }

    [Fact]
    public void AnInputIsNearestTheGaussianOfItsOwnCluster()
    {
        var (inputs, labels) = TwoClusters();
        var density = GaussianDensity.Fit(inputs, labels, 2);
        var distances = new float[2];

        density.Distances(Unit(1f, 0.005f, 0.1f), distances);

        Assert.True(distances[0] < distances[1] / 10, $"{distances[0]:F2} vs {distances[1]:F2}");
    }

    [Fact]
    public void DistanceFollowsTheSpreadNotTheEuclideanLength()
    {
        var (inputs, labels) = TwoClusters();
        var density = GaussianDensity.Fit(inputs, labels, 2, shrinkage: 0.01);
        var alongWide = new float[2];
        var alongNarrow = new float[2];

        // The same Euclidean step from label 0's mean, along its wide axis (z) and along a narrow one (y).
        density.Distances(Unit(1f, 0f, 0.2f), alongWide);
        density.Distances(Unit(1f, 0.2f, 0f), alongNarrow);

        Assert.True(alongNarrow[0] > alongWide[0] * 5, $"narrow {alongNarrow[0]:F2}, wide {alongWide[0]:F2}");
    }

    [Fact]
    public void AnInputFarFromAllTheDataIsFarFromTheBackground()
    {
        var (inputs, labels) = TwoClusters();
        var density = GaussianDensity.Fit(inputs, labels, 2);
        var distances = new float[2];

        var near = density.Distances(Unit(1f, 0f, 0f), distances);
        var far = density.Distances(Unit(0f, 0f, -1f), distances);

        Assert.True(far > near * 5, $"far {far:F2}, near {near:F2}");
    }

    private static float[] Unit(float x, float y, float z)
    {
        var values = new[] { x, y, z };
        EmbeddingMatrix.Normalize(values);
        return values;
    }
}

using System.Numerics.Tensors;

namespace SlmAssistant.Retrieval.Tests.Support;

public static class Vectors
{
    public static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => TensorPrimitives.CosineSimilarity(a, b);
}

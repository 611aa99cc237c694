namespace SlmAssistant.Tools.TinyModel.Adapters;

/// <summary>One float tensor of an adapter, named after the graph input it overrides.</summary>
internal sealed record AdapterParameter(string Name, long[] Dims, float[] Values);

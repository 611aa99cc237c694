using System.Text.Json.Serialization;

namespace SlmAssistant.Inference.Onnx.Hub;

/// <summary>The JSON shape of one entry of <c>GET /api/models/{repo}/tree/{revision}</c>.</summary>
internal sealed record HubTreeEntry(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("size")] long Size,
    [property: JsonPropertyName("oid")] string? Oid,
    [property: JsonPropertyName("lfs")] HubLfsInfo? Lfs);

internal sealed record HubLfsInfo(
    [property: JsonPropertyName("oid")] string? Oid,
    [property: JsonPropertyName("size")] long Size);

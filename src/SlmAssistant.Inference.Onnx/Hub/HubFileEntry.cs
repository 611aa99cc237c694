namespace SlmAssistant.Inference.Onnx.Hub;

/// <summary>A file of a hub repository, as the tree API lists it.</summary>
/// <param name="Sha256">The LFS object id (SHA-256 of the content), for files stored in LFS.</param>
public sealed record HubFileEntry(string Path, long Size, string? Sha256);

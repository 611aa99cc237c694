namespace SlmAssistant.Inference.Onnx.Hub;

/// <summary>What to pull: a hub repository at a revision, the files matching <see cref="Include"/>, into a folder.</summary>
/// <param name="Repository">e.g. <c>microsoft/Phi-3.5-mini-instruct-onnx</c>.</param>
/// <param name="TargetDirectory">Files keep their repository paths below it.</param>
public sealed record ModelPullRequest(string Repository, string TargetDirectory)
{
    public string Revision { get; init; } = "main";

    /// <summary>
    /// Globs as in the hub's own tools (fnmatch: <c>*</c> also crosses <c>/</c>; a pattern ending in <c>/</c> means
    /// everything below); empty pulls every file.
    /// </summary>
    public IReadOnlyList<string> Include { get; init; } = [];
}

namespace SlmAssistant.Admin.Features.Documents;

/// <param name="Dimensions">Length of the chunk's stored vector (0 when it has none).</param>
public sealed record ChunkView(string Id, int Index, string? Section, int? Page, string Text, int Dimensions);

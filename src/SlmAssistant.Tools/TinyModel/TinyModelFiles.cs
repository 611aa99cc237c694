namespace SlmAssistant.Tools.TinyModel;

/// <summary>The files <see cref="TinyModelWriter"/> wrote.</summary>
/// <param name="AdapterPath"><see langword="null"/> when no adapter script was given.</param>
public sealed record TinyModelFiles(
    string Directory,
    string GenAiConfigPath,
    string ModelPath,
    string TokenizerPath,
    string TokenizerConfigPath,
    string? AdapterPath,
    int VocabularySize);

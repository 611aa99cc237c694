namespace SlmAssistant.Answering.Extractive;

/// <summary>A question's word the documents never use, the closest one they do use, and how close it is.</summary>
public sealed record OutOfVocabularyWord(string Word, string Neighbour, double Similarity);

namespace SlmAssistant.Answering.Extractive;

/// <summary>
/// A question's word the documents never use, the closest one they do use, how close it is, and how close the best
/// word of the chosen answer sentences (with their headings) comes: "sectional" is answered by a sentence about
/// "furniture", "firearms" is not by one about "footwear".
/// </summary>
public sealed record OutOfVocabularyWord(string Word, string Neighbour, double Similarity)
{
    public double InAnswer { get; init; }
}

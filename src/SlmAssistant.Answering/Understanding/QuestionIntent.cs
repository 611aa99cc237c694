namespace SlmAssistant.Answering.Understanding;

/// <summary>What a question asks: the kind of fact, whether it wants a yes or a no, and the words naming its subject.</summary>
/// <param name="Focus">Content words naming the subject ("restocking", "kayak"), lower-cased and lightly stemmed.</param>
/// <param name="Names">Capitalised words inside the question (brands, product names): the subject, not its wording.</param>
public sealed record QuestionIntent(AnswerSlot Slot, bool IsYesNo, IReadOnlyList<string> Focus, IReadOnlyList<string> Names)
{
    /// <summary>The form the slot's fact must take, when the question names one ("what number do I call").</summary>
    public SlotForm Form { get; init; }
}

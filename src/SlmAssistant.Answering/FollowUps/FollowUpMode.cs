namespace SlmAssistant.Answering.FollowUps;

/// <summary>How an answer's follow-up questions are found (<c>Answering:FollowUps</c>).</summary>
public enum FollowUpMode
{
    /// <summary>No suggestions.</summary>
    None,

    /// <summary>The domain's starter questions that differ from the one asked; costs nothing.</summary>
    Starters,

    /// <summary>Generated from the sources by the local model with constrained decoding; starter questions when no model is configured or nothing was found.</summary>
    Generated,
}

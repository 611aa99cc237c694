namespace SlmAssistant.Orchestration;

/// <summary>Fixed replies for turns that must not depend on a model.</summary>
public static class AssistantTexts
{
    public const string Safety =
        "This sounds like it could be an emergency. Please call 911 (or your local emergency number) right now. " +
        "If you are thinking about harming yourself, call or text 988 to reach the Suicide & Crisis Lifeline, any time, day or night. " +
        "I can't help with emergencies in this chat.";

    public const string Handoff =
        "Of course. I'll pass this conversation to a member of our team, who will pick it up here as soon as possible.";

    /// <summary>The polite local reply to an out-of-scope turn when the cloud is off or fails; the domain's handoff follows.</summary>
    public const string OutOfScope = "That's outside what I can help with here.";

    public const string Thanks = "You're welcome! Is there anything else I can help you with?";

    public const string Goodbye = "Thanks for stopping by. Have a great day!";

    public static string Greeting(IEnumerable<string> topics) =>
        $"Hi! I can answer questions about {string.Join(", ", topics)}. What would you like to know?";
}

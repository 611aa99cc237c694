namespace SlmAssistant.Tools.TinyModel.Tokenizer;

/// <summary>The Phi-3 style special tokens of the tiny model and its chat template.</summary>
internal static class ChatTokens
{
    public const string Bos = "<s>";
    public const string Eos = "</s>";
    public const string System = "<|system|>";
    public const string User = "<|user|>";
    public const string Assistant = "<|assistant|>";
    public const string End = "<|end|>";

    public static readonly string[] All = [Bos, Eos, System, User, Assistant, End];

    /// <summary>Phi-3's template: every turn is <c>&lt;|role|&gt;\n{content}&lt;|end|&gt;\n</c>; the reply opens with the assistant tag.</summary>
    public const string ChatTemplate =
        "{% for message in messages %}" +
        "{% if message['role'] == 'system' %}{{'<|system|>\n' + message['content'] + '<|end|>\n'}}" +
        "{% elif message['role'] == 'user' %}{{'<|user|>\n' + message['content'] + '<|end|>\n'}}" +
        "{% elif message['role'] == 'assistant' %}{{'<|assistant|>\n' + message['content'] + '<|end|>\n'}}" +
        "{% endif %}{% endfor %}" +
        "{% if add_generation_prompt %}{{ '<|assistant|>\n' }}{% else %}{{ eos_token }}{% endif %}";
}

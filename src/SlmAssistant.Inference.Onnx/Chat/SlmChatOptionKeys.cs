namespace SlmAssistant.Inference.Onnx.Chat;

/// <summary>Keys of <c>ChatOptions.AdditionalProperties</c> that <see cref="OnnxChatClient"/> understands.</summary>
public static class SlmChatOptionKeys
{
    /// <summary>A <see cref="string"/>: the name of a configured adapter (<c>Slm:Adapters</c>) to activate for this request.</summary>
    public const string Adapter = "slm.adapter";

    /// <summary>A <see cref="SlmGuidance"/>: constrained decoding by JSON schema, regex or Lark grammar.</summary>
    public const string Guidance = "slm.guidance";
}

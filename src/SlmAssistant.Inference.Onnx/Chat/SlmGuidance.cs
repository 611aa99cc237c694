namespace SlmAssistant.Inference.Onnx.Chat;

/// <summary>Constrained decoding for one request (<c>GeneratorParams.SetGuidance</c>).</summary>
/// <param name="Type"><c>json_schema</c>, <c>regex</c> or <c>lark_grammar</c>.</param>
/// <param name="Text">The schema, pattern or grammar.</param>
public sealed record SlmGuidance(string Type, string Text)
{
    public const string JsonSchemaType = "json_schema";
    public const string RegexType = "regex";
    public const string LarkGrammarType = "lark_grammar";

    public static SlmGuidance JsonSchema(string schema) => new(JsonSchemaType, schema);

    public static SlmGuidance Regex(string pattern) => new(RegexType, pattern);

    public static SlmGuidance LarkGrammar(string grammar) => new(LarkGrammarType, grammar);
}

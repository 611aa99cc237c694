namespace SlmAssistant.Bot.Widget;

/// <summary>The widget's files: the loader script, the Web Chat bundle and the demo page template.</summary>
public sealed class WidgetAssets
{
    /// <summary>The botframework-webchat version embedded (Widget/package.json).</summary>
    public const string WebChatVersion = "4.18.1";

    public EmbeddedAsset WidgetScript { get; } =
        new("SlmAssistant.Bot.Widget.widget.js", "text/javascript; charset=utf-8", "public, max-age=300");

    public EmbeddedAsset WebChatScript { get; } =
        new("SlmAssistant.Bot.Widget.webchat.js", "text/javascript; charset=utf-8", "public, max-age=86400");

    public EmbeddedAsset DemoPage { get; } =
        new("SlmAssistant.Bot.Widget.demo.html", "text/html; charset=utf-8", "no-cache");
}

namespace SlmAssistant.Bot.Widget;

/// <param name="Token">The token this browser tab had before (sessionStorage): its conversation is resumed.</param>
/// <param name="Domain">The domain the page is about (the widget's data-domain); questions stay within it.</param>
public sealed record WidgetTokenRequest(string? Token, string? Domain);

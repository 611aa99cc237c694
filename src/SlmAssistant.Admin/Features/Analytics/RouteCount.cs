namespace SlmAssistant.Admin.Features.Analytics;

public sealed record RouteCount(string Route, int Count);

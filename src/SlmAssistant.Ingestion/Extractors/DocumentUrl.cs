namespace SlmAssistant.Ingestion.Extractors;

/// <summary>A document's public address: only an absolute http(s) URL counts, anything else is ignored.</summary>
public static class DocumentUrl
{
    public static string? Normalize(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.UserInfo.Length == 0
            ? uri.AbsoluteUri
            : null;
}

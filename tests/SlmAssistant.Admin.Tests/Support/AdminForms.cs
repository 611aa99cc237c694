using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using SlmAssistant.Admin.Features.SignIn;

namespace SlmAssistant.Admin.Tests.Support;

/// <summary>What a browser does with the console's forms: read the antiforgery token from the page, post it back.</summary>
public static partial class AdminForms
{
    public static async Task<string> TokenFromPageAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = FormToken().Match(html);
        if (!match.Success)
        {
            match = MetaToken().Match(html);
        }

        Assert.True(match.Success, $"no antiforgery token on {path}");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? pageWithForm = null)
    {
        var token = await TokenFromPageAsync(client, pageWithForm ?? path);
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>A cookie-authenticated API request with the token the pages put in their csrf-token meta tag.</summary>
    public static async Task<HttpRequestMessage> WithPageTokenAsync(HttpClient client, HttpRequestMessage request)
    {
        request.Headers.Add(AdminAuthentication.AntiforgeryHeader, await TokenFromPageAsync(client, "/admin"));
        return request;
    }

    public static MultipartFormDataContent Upload(string domain, params (string FileName, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(domain), "domain" } };
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            // Set the raw header: the name must reach the server exactly as given (even "../../etc/passwd").
            part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"files\"; filename=\"{name}\"");
            form.Add(part);
        }

        return form;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaToken();
}

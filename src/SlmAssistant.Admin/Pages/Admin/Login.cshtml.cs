using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SlmAssistant.Admin.Features.SignIn;

namespace SlmAssistant.Admin.Pages.Admin;

public sealed class LoginModel(AdminSignInService signIn, AdminUserStore users) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public bool IsLockedOut { get; private set; }

    public bool HasUsers => users.HasUsers;

    public async Task<IActionResult> OnGetAsync()
    {
        // The page allows anonymous visitors, so nothing has authenticated the request yet.
        var session = await HttpContext.AuthenticateAsync(AdminAuthentication.CookieScheme);
        return session.Principal?.HasClaim(c => c.Type == AdminAuthentication.AdminClaim) == true ? LocalRedirect(SafeReturnUrl()) : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var attempt = await signIn.SignInAsync(HttpContext, UserName, Password);
        if (attempt.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl());
        }

        Message = attempt.Message;
        IsLockedOut = attempt.IsLockedOut;
        Password = null;
        if (attempt.IsLockedOut)
        {
            Response.Headers.RetryAfter = ((int)Math.Ceiling(attempt.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Response.StatusCode = attempt.IsLockedOut ? StatusCodes.Status429TooManyRequests : StatusCodes.Status401Unauthorized;
        return Page();
    }

    /// <summary>Only back into the console: an open redirect to another site after sign-in is a phishing aid.</summary>
    private string SafeReturnUrl() =>
        ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) ? url : "/admin";
}

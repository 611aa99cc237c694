using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SlmAssistant.Admin.Features.SignIn;

namespace SlmAssistant.Admin.Pages.Admin;

public sealed class LogoutModel(AdminSignInService signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync(HttpContext);
        return Redirect(AdminAuthentication.LoginPath);
    }
}

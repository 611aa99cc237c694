using Microsoft.Extensions.Options;

namespace SlmAssistant.Admin.Features.SignIn;

/// <summary>Refuses to start with a plain-text password, a malformed hash or a duplicate user name.</summary>
internal sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Users.Count; i++)
        {
            var user = options.Users[i];
            if (string.IsNullOrWhiteSpace(user.UserName))
            {
                errors.Add($"Admin:Users:{i}:UserName is required.");
            }
            else if (!seen.Add(user.UserName.Trim()))
            {
                errors.Add($"Admin:Users:{i}: the user name '{user.UserName}' appears twice.");
            }

            if (!PasswordHasher.IsWellFormed(user.PasswordHash))
            {
                errors.Add($"Admin:Users:{i}:PasswordHash must be a '{PasswordHasher.Prefix}$iterations$salt$hash' string (create one with `slm admin add-user`); plain-text passwords are not accepted.");
            }
        }

        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            if (!ApiKeyGenerator.IsWellFormed(options.ApiKeys[i].Hash))
            {
                errors.Add($"Admin:ApiKeys:{i}:Hash must be a '{ApiKeyGenerator.Prefix}$hex' or '{PasswordHasher.Prefix}$…' hash; plain-text keys are not accepted.");
            }
        }

        if (options.FirstLockout <= TimeSpan.Zero || options.MaxLockout < options.FirstLockout)
        {
            errors.Add("Admin:FirstLockout must be positive and at most Admin:MaxLockout.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

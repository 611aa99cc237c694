namespace SlmAssistant.Admin.Features.SignIn;

/// <summary>
/// What an admin password must be: at least <see cref="MinLength"/> characters, not the user name, and not one of
/// the passwords every guessing list starts with.
/// </summary>
public static class AdminPasswordPolicy
{
    public const int MinLength = 12;

    // Long enough to pass the length rule, and still first in every list of leaked passwords.
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "12345678910111", "password1234", "password12345", "passwordpassword",
        "qwertyuiopasdf", "qwerty123456", "qwertyuiop123", "1q2w3e4r5t6y", "1qaz2wsx3edc", "abcdefghijkl",
        "iloveyou1234", "adminadmin12", "administrator", "administrator1", "letmein12345", "welcome12345",
        "changeme1234", "aaaaaaaaaaaa", "111111111111", "000000000000", "123123123123", "football1234",
        "baseball1234", "trustno1trustno1", "superman1234", "princess1234", "sunshine1234", "monkey123456",
    };

    /// <returns>Why the password is refused; null when it is acceptable.</returns>
    public static string? Refusal(string userName, string password)
    {
        if (password.Length < MinLength)
        {
            return $"The password must be at least {MinLength} characters.";
        }

        if (string.Equals(password.Trim(), userName.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return "The password must not be the user name.";
        }

        return Common.Contains(password) ? "The password is one of the most common passwords; choose another." : null;
    }
}

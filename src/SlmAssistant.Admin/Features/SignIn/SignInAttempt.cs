namespace SlmAssistant.Admin.Features.SignIn;

/// <summary>The result of a sign-in: signed in, wrong credentials, or locked out for <see cref="RetryAfter"/>.</summary>
public sealed record SignInAttempt(bool Succeeded, TimeSpan RetryAfter, string? Message)
{
    public bool IsLockedOut => RetryAfter > TimeSpan.Zero;
}

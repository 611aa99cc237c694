using SlmAssistant.Admin.Features.SignIn;

namespace SlmAssistant.Admin.Tests.SignIn;

public sealed class AdminPasswordPolicyTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("hunter2")]
    [InlineData("elevenchars")]
    [InlineData("password1234")]
    [InlineData("Administrator")]
    [InlineData("alice-the-admin")]
    public void AddUserRefusesAShortCommonOrSelfNamedPassword(string password)
    {
        var refused = Assert.Throws<ArgumentException>(() => AdminUserStore.CreateUser("alice-the-admin", password));

        Assert.Equal("password", refused.ParamName);
    }

    [Fact]
    public void AddUserAcceptsALongUncommonPassword()
    {
        var user = AdminUserStore.CreateUser("alice", "correct horse battery staple");

        Assert.True(PasswordHasher.Verify("correct horse battery staple", user.PasswordHash));
    }
}

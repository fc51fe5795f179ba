using Mud.WebPortal.Components.Pages.Account;

namespace Mud.Tests.Web.Account;

[Trait("Category", "Unit")]
public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/help", "help")]
    [InlineData("/", "")]
    [InlineData("/characters?x=1", "characters?x=1")]
    public void APathOnThisSite_IsKept(string url, string expected) => Assert.Equal(expected, LocalUrl.OrDefault(url, "fallback"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("help")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("/help\r\nSet-Cookie: x=1")]
    [InlineData("/\u0000/evil.example")]
    public void AnythingElse_GoesToTheFallback(string? url) => Assert.Equal("fallback", LocalUrl.OrDefault(url, "fallback"));
}

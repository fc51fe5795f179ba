using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Mud.Accounts;

namespace Mud.WebPortal.Services.Accounts;

/// <summary>The logged-in account as the login cookie carries it: its grain key, its display name and its security stamp.</summary>
public static class AccountUser
{
    private const string StampClaim = "mud:stamp";

    public static ClaimsPrincipal Principal(AccountInfo account, string securityStamp)
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, account.Name.ToLowerInvariant()), new Claim(ClaimTypes.Name, account.Name), new Claim(StampClaim, securityStamp)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The security stamp the cookie was issued with (see <see cref="SecurityStampCheck"/>).</summary>
    public static string? StampOf(ClaimsPrincipal user) => user.FindFirstValue(StampClaim);

    /// <summary>The account's grain key, or null when nobody is logged in.</summary>
    public static string? KeyOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public static string NameOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Name) ?? "";
}

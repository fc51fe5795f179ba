using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Mud.Accounts;

namespace Mud.WebPortal.Services.Accounts;

/// <summary>The logged-in account as the login cookie carries it: its grain key and its display name.</summary>
public static class AccountUser
{
    public static ClaimsPrincipal Principal(AccountInfo account)
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, account.Name.ToLowerInvariant()), new Claim(ClaimTypes.Name, account.Name)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The account's grain key, or null when nobody is logged in.</summary>
    public static string? KeyOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public static string NameOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Name) ?? "";
}

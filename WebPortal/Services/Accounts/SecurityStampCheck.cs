using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Mud.WebPortal.Services.Accounts;

/// <summary>
/// Checks each request's login cookie against the account's security stamp, so a password change or "log out
/// everywhere" ends every other web login at its next request. While the game is away the cookie stands: the pages
/// say the game is restarting, and logging everyone out for a reload would be worse.
/// </summary>
public static class SecurityStampCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } user || AccountUser.KeyOf(user) is not { } key)
        {
            return;
        }

        var accounts = context.HttpContext.RequestServices.GetRequiredService<AccountService>();
        var current = await accounts.GetSecurityStampAsync(key, context.HttpContext.RequestAborted);
        if (current.IsAvailable && (current.Value is null || current.Value != AccountUser.StampOf(user)))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}

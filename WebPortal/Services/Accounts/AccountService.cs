using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Mud.Accounts;

namespace Mud.WebPortal.Services.Accounts;

/// <summary>Registering and logging in through the same account grain logic as the telnet <c>create</c> and <c>connect</c>.</summary>
public sealed class AccountService(GameCalls game)
{
    public const string Restarting = "The game is restarting. Try again in a moment.";

    public async Task<AccountResult> RegisterAsync(string name, string password)
    {
        name = name.Trim();
        var answer = await game.WriteAsync(c => c.GetGrain<IAccountGrain>(name.ToLowerInvariant()).CreateAsync(name, new Password(password)));
        return answer.IsAvailable ? answer.Value! : AccountResult.Fail(Restarting);
    }

    public async Task<AccountResult> LogInAsync(string name, string password, string remoteAddress)
    {
        var answer = await game.WriteAsync(c => c.GetGrain<ILoginGrain>(0).LogInAsync(name.Trim(), new Password(password), remoteAddress));
        return answer.IsAvailable ? answer.Value! : AccountResult.Fail(Restarting);
    }

    /// <summary>Sets the login cookie, with the account's security stamp; the problem, or null when signed in.</summary>
    public async Task<string?> SignInAsync(HttpContext http, AccountInfo account)
    {
        var stamp = await GetSecurityStampAsync(account.Name.ToLowerInvariant(), http.RequestAborted);
        if (stamp.Value is null)
        {
            return Restarting;
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountUser.Principal(account, stamp.Value));
        return null;
    }

    public Task<Answer<string?>> GetSecurityStampAsync(string accountKey, CancellationToken cancellationToken = default) =>
        game.ReadAsync(c => c.GetGrain<IAccountGrain>(accountKey).GetSecurityStampAsync(), cancellationToken);

    public async Task<bool> LogOutEverywhereAsync(string accountKey) =>
        (await game.WriteAsync(async c =>
        {
            await c.GetGrain<IAccountGrain>(accountKey).LogOutEverywhereAsync();
            return true;
        })).IsAvailable;

    public Task<Answer<AccountInfo?>> GetAsync(string accountKey, CancellationToken cancellationToken = default) =>
        game.ReadAsync(c => c.GetGrain<IAccountGrain>(accountKey).GetInfoAsync(), cancellationToken);
}

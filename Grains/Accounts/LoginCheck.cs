using Mud.Admin;

namespace Mud.Accounts;

/// <summary>
/// The one login check for every front end. Failures count against the address (however many accounts it tries)
/// and against the account from that address: an attacker elsewhere can lock out neither the account's owner nor
/// anyone else at the owner's address. A banned address is refused before anything else; a banned account only
/// once its password is right, as a lock is, so a ban does not reveal that a name exists.
/// </summary>
public static class LoginCheck
{
    public static async Task<AccountResult> VerifyAsync(IGrainFactory grains, string accountName, Password password, string remoteAddress)
    {
        var bans = grains.GetGrain<IBanListGrain>(0);
        if (await bans.RefusalAsync(null, remoteAddress) is { } addressBanned)
        {
            return AccountResult.Fail(addressBanned);
        }

        if (NameRules.Check(accountName) is not null)
        {
            return await ThrottledAsync(grains, [LoginThrottleKeys.ForAddress(remoteAddress)], () => Task.FromResult(AccountResult.Fail("Wrong name or password.")));
        }

        var key = NameRules.KeyOf(accountName);
        var result = await ThrottledAsync(
            grains,
            [LoginThrottleKeys.ForAddress(remoteAddress), LoginThrottleKeys.ForAccountFrom(key, remoteAddress)],
            () => grains.GetGrain<IAccountGrain>(key).VerifyPasswordAsync(password));
        return result.Succeeded && await bans.RefusalAsync(key, remoteAddress) is { } banned ? AccountResult.Fail(banned) : result;
    }

    /// <summary>
    /// Runs a password check unless one of the throttles is locked out. A failure counts against every throttle; a
    /// success forgives only the last (the most specific), so an attacker's own good logins do not wipe the address's count.
    /// </summary>
    public static async Task<AccountResult> ThrottledAsync(IGrainFactory grains, IReadOnlyList<string> throttleKeys, Func<Task<AccountResult>> check)
    {
        var throttles = throttleKeys.Select(key => grains.GetGrain<ILoginThrottleGrain>(key)).ToList();
        var lockout = (await Task.WhenAll(throttles.Select(t => t.GetLockoutAsync()))).Max();
        if (lockout > TimeSpan.Zero)
        {
            return AccountResult.Fail(LoginThrottleKeys.LockedOutMessage(lockout));
        }

        var result = await check();
        if (!result.Succeeded)
        {
            lockout = (await Task.WhenAll(throttles.Select(t => t.RecordFailureAsync()))).Max();
            return lockout > TimeSpan.Zero ? AccountResult.Fail(LoginThrottleKeys.LockedOutMessage(lockout)) : result;
        }

        await throttles[^1].ResetAsync();
        return result;
    }
}

namespace Mud.Accounts;

/// <summary>
/// The one login check for every front end. Failures count against the address (however many accounts it tries)
/// and against the account from that address: an attacker elsewhere can lock out neither the account's owner nor
/// anyone else at the owner's address.
/// </summary>
public static class LoginCheck
{
    public static Task<AccountResult> VerifyAsync(IGrainFactory grains, string accountName, Password password, string remoteAddress)
    {
        if (NameRules.Check(accountName) is not null)
        {
            return ThrottledAsync(grains, [LoginThrottleKeys.ForAddress(remoteAddress)], () => Task.FromResult(AccountResult.Fail("Wrong name or password.")));
        }

        var key = NameRules.KeyOf(accountName);
        return ThrottledAsync(
            grains,
            [LoginThrottleKeys.ForAddress(remoteAddress), LoginThrottleKeys.ForAccountFrom(key, remoteAddress)],
            () => grains.GetGrain<IAccountGrain>(key).VerifyPasswordAsync(password));
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

using Mud.Admin;

namespace Mud.Accounts;

/// <summary>
/// The one login check for every front end: the address's throttle first, then the account's password
/// (with the account's own throttle), and a failure counted against both.
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

        var addressThrottle = grains.GetGrain<ILoginThrottleGrain>(LoginThrottleKeys.ForAddress(remoteAddress));
        var lockout = await addressThrottle.GetLockoutAsync();
        if (lockout > TimeSpan.Zero)
        {
            return AccountResult.Fail(LoginThrottleKeys.LockedOutMessage(lockout));
        }

        var result = NameRules.Check(accountName) is null
            ? await grains.GetGrain<IAccountGrain>(NameRules.KeyOf(accountName)).VerifyPasswordAsync(password)
            : AccountResult.Fail("Wrong name or password.");
        if (!result.Succeeded)
        {
            lockout = await addressThrottle.RecordFailureAsync();
            return lockout > TimeSpan.Zero ? AccountResult.Fail(LoginThrottleKeys.LockedOutMessage(lockout)) : result;
        }

        await addressThrottle.ResetAsync();

        // A ban is told only to someone who knows the password, as a lock is.
        return await bans.RefusalAsync(NameRules.KeyOf(result.Account!.Name), remoteAddress) is { } banned ? AccountResult.Fail(banned) : result;
    }
}

namespace Mud.Accounts;

/// <summary>
/// The one login check for every front end: the address's throttle first, then the account's password
/// (with the account's own throttle), and a failure counted against both.
/// </summary>
public static class LoginCheck
{
    public static async Task<AccountResult> VerifyAsync(IGrainFactory grains, string accountName, Password password, string remoteAddress)
    {
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
        return result;
    }
}

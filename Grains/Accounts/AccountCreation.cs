namespace Mud.Accounts;

/// <summary>
/// The one way every front end creates an account: within the allowance of the client's address and of the
/// whole game (<see cref="IAccountCreationThrottleGrain"/>), so one client cannot fill the game with accounts.
/// A creation that fails gives its place in the allowance back.
/// </summary>
public static class AccountCreation
{
    public const string TooManyFromAddress = "Too many accounts have been created from your address lately. Please try again later.";
    public const string TooManyOverall = "Too many accounts are being created right now. Please try again later.";

    public static async Task<AccountResult> CreateAsync(IGrainFactory grains, string name, Password password, string remoteAddress)
    {
        var address = grains.GetGrain<IAccountCreationThrottleGrain>(AccountCreationThrottleKeys.ForAddress(remoteAddress));
        if (!await address.TryReserveAsync())
        {
            return AccountResult.Fail(TooManyFromAddress);
        }

        var overall = grains.GetGrain<IAccountCreationThrottleGrain>(AccountCreationThrottleKeys.Overall);
        if (!await overall.TryReserveAsync())
        {
            await address.CancelAsync();
            return AccountResult.Fail(TooManyOverall);
        }

        var result = await grains.GetGrain<IAccountGrain>(NameRules.KeyOf(name)).CreateAsync(name, password);
        if (!result.Succeeded)
        {
            await address.CancelAsync();
            await overall.CancelAsync();
        }

        return result;
    }
}

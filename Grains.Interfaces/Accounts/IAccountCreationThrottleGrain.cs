namespace Mud.Accounts;

/// <summary>
/// Counts account creations within <c>Mud:Security:AccountCreationWindowMinutes</c>: one grain per address block
/// (<see cref="Sessions.AddressBlock"/>), capped by <c>Mud:Security:MaxAccountsPerAddress</c>, and one for the
/// whole game (<see cref="AccountCreationThrottleKeys.Overall"/>), capped by <c>Mud:Security:MaxAccountsOverall</c>.
/// </summary>
public interface IAccountCreationThrottleGrain : IGrainWithStringKey
{
    /// <summary>Takes one creation from the window's allowance; false when it is used up.</summary>
    Task<bool> TryReserveAsync();

    /// <summary>Gives back a reservation whose creation failed (a name taken, a password too short).</summary>
    Task CancelAsync();
}

/// <summary>Keys of <see cref="IAccountCreationThrottleGrain"/>.</summary>
public static class AccountCreationThrottleKeys
{
    /// <summary>The grain that counts every creation in the game. Not an address block: those never start with '*'.</summary>
    public const string Overall = "*";

    public static string ForAddress(string remoteAddress) => Sessions.AddressBlock.Of(remoteAddress);
}

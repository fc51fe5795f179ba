namespace Mud.Accounts;

/// <summary>Keys of <see cref="ILoginThrottleGrain"/> and the message a locked-out player sees.</summary>
public static class LoginThrottleKeys
{
    public static string ForAccount(string accountKey) => "account:" + accountKey;

    public static string ForAccountFrom(string accountKey, string address) => $"account:{accountKey}@{address}";

    public static string ForAddress(string address) => "address:" + address;

    public static string LockedOutMessage(TimeSpan lockout) =>
        $"Too many failed logins. Try again in {Math.Ceiling(lockout.TotalSeconds):0} seconds.";
}

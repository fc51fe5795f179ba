namespace Mud.Accounts;

/// <summary>
/// Counts failed logins for one key (an address or an account) and locks it out for a while after too many.
/// Keyed by "address:&lt;ip&gt;" or "account:&lt;name&gt;".
/// </summary>
public interface ILoginThrottleGrain : IGrainWithStringKey
{
    /// <summary>How long the key is still locked out; zero when a login may be tried.</summary>
    Task<TimeSpan> GetLockoutAsync();

    /// <summary>Records a failure; returns the lockout now in force (zero if none).</summary>
    Task<TimeSpan> RecordFailureAsync();

    /// <summary>A successful login clears the count.</summary>
    Task ResetAsync();
}

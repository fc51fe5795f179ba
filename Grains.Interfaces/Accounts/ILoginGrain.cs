namespace Mud.Accounts;

/// <summary>
/// Checks a login for front ends that authenticate outside a game session (the web site), with the same
/// throttling per address and per account as the telnet <c>connect</c>, and creates accounts within the same
/// allowance per address as the telnet <c>create</c>. A stateless worker, key 0.
/// </summary>
public interface ILoginGrain : IGrainWithIntegerKey
{
    /// <summary>Checks name and password for a client at <paramref name="remoteAddress"/>; the message says why not.</summary>
    Task<AccountResult> LogInAsync(string accountName, Password password, string remoteAddress);

    /// <summary>Creates an account for a client at <paramref name="remoteAddress"/>; the message says why not.</summary>
    Task<AccountResult> CreateAccountAsync(string accountName, Password password, string remoteAddress);
}

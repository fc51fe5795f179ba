using System.Collections.Immutable;
using Mud.Accounts;
using Mud.Sessions;

namespace Mud.Admin;

/// <summary>
/// Every administrative action, for the in-game commands and the web pages alike: it checks that the acting account
/// (<c>actor</c>, an account key) is an Admin or above and may touch the target, does the work, and writes the audit
/// log. A stateless worker, key 0. Answers are for the administrator to read; a refusal is never an exception.
/// </summary>
public interface IAdminGrain : IGrainWithIntegerKey
{
    /// <summary>Every open session (logged in or not), with its address and idle time.</summary>
    Task<AdminAnswer<ImmutableArray<SessionSummary>>> GetSessionsAsync(string actor);

    /// <summary>Disconnects every session of a player (an account or character name).</summary>
    Task<AdminResult> BootAsync(string actor, string player, string reason);

    /// <summary>Disconnects one session.</summary>
    Task<AdminResult> BootSessionAsync(string actor, string sessionId, string reason);

    /// <summary>Bans an account (by its or a character's name) or an address range, for a time or for good (null), and disconnects whoever it covers.</summary>
    Task<AdminResult> BanAsync(string actor, string target, TimeSpan? duration, string reason);

    /// <summary>Lifts a ban of an account, character's account or address range.</summary>
    Task<AdminResult> UnbanAsync(string actor, string target);

    /// <summary>The bans in force.</summary>
    Task<AdminAnswer<ImmutableArray<Ban>>> GetBansAsync(string actor);

    /// <summary>A message to every connected session.</summary>
    Task<AdminResult> WallAsync(string actor, string message);

    /// <summary>Locks an account: nobody logs in to it until it is unlocked; its sessions are closed.</summary>
    Task<AdminResult> LockAsync(string actor, string account, string reason);

    Task<AdminResult> UnlockAsync(string actor, string account);

    /// <summary>Gives an account a new random password, which the answer carries (for the administrator to pass on).</summary>
    Task<AdminResult> ResetPasswordAsync(string actor, string account);

    /// <summary>An account's facts for an administrator, with its sessions and any ban.</summary>
    Task<AdminAnswer<AccountReport?>> GetAccountAsync(string actor, string account);

    /// <summary>A page of the audit log, newest first.</summary>
    Task<AdminAnswer<AuditPage?>> GetAuditAsync(string actor, int page, int pageSize);

    /// <summary>
    /// Restarts the silos as <c>./mud reload</c> does (it runs the launcher): players stay connected, are told, and
    /// what they type meanwhile runs once the game is back.
    /// </summary>
    Task<AdminResult> ReloadAsync(string actor);

    /// <summary>Tells everyone, then stops the whole game as <c>./mud stop</c> does (it runs the launcher).</summary>
    Task<AdminResult> ShutdownAsync(string actor, string reason);

    /// <summary>Records an administrative action done elsewhere (<c>@perm</c>, the channel commands).</summary>
    Task AuditAsync(AuditRecord record);
}

/// <summary>The outcome of an action, in words for the administrator.</summary>
[GenerateSerializer, Immutable, Alias("AdminResult")]
public sealed record AdminResult([property: Id(0)] bool Succeeded, [property: Id(1)] string Message)
{
    public static AdminResult Ok(string message) => new(true, message);

    public static AdminResult Fail(string message) => new(false, message);
}

/// <summary>Something an administrator asked to see, or why not (<paramref name="Refusal"/>).</summary>
[GenerateSerializer, Immutable, Alias("AdminAnswer`1")]
public sealed record AdminAnswer<T>([property: Id(0)] T? Value, [property: Id(1)] string? Refusal = null);

/// <summary>An account as <c>@account</c> shows it.</summary>
[GenerateSerializer, Immutable, Alias("AccountReport")]
public sealed record AccountReport(
    [property: Id(0)] AccountInfo Account,
    [property: Id(1)] ImmutableArray<SessionSummary> Sessions,
    [property: Id(2)] Ban? Ban);
